package org.storyfold.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * When a page's article was first published, found the way htmldate (Barbaresi, JOSS 2020) looks for
 * it, in order of trust: a full date in the URL; the publication-date meta tags; the JSON-LD
 * {@code datePublished}; {@code abbr} and {@code itemprop} markup; {@code <time>} elements; then the
 * visible text of elements named for dates (class or id with "date", "time", "published", "byline",
 * ...). The first source that gives a plausible date wins, except that a meta or JSON-LD time on the
 * URL's day is preferred for its time of day. Dates before 1995 or after tomorrow are not plausible.
 *
 * <p>The forms read ({@link #parse}): ISO 8601 dates and date-times (with or without zone and
 * fraction), RFC 1123, compact {@code yyyymmdd}, {@code yyyy/mm/dd}, {@code dd.mm.yyyy} and
 * {@code dd.mm.yy}, {@code dd/mm/yyyy} and {@code mm/dd/yyyy} (told apart by a value over 12, else by
 * the page's language: month first in English), and month names in English, German, French,
 * Spanish, Italian, Portuguese, Dutch and Polish, day first ("19. November 2019", "19 de noviembre de
 * 2019") or month first ("November 19, 2019"). A partial date (a year, a month) is never guessed into a
 * day: a wrong day would keep apart stories that belong together.
 */
final class PublicationDate {
  private PublicationDate() {}

  /** Meta tag names and properties (lower case) that carry the original publication date (htmldate's list). */
  private static final Set<String> META_NAMES = Set.of("article:published_time", "og:article:published_time",
      "og:published_time", "article.published", "article.created", "article_date_original",
      "article:publicationdate", "bt:pubdate", "citation_date", "citation_publication_date", "created",
      "cxenseparse:recs:publishtime", "date", "date_published", "datecreated", "dateposted", "datepublished",
      "dc.date", "dc.created", "dc.date.created", "dc.date.issued", "dc.date.publication", "dcterms.created",
      "dcterms.date", "dcterms.issued", "dc:created", "dc:date", "originalpublicationdate", "parsely-pub-date",
      "pubdate", "publishdate", "publish_date", "publish-date", "published-date", "publication_date",
      "rnews:datepublished", "sailthru.date", "shareaholic:article_published_time", "timestamp");

  /** Class or id words of elements whose text is a date (htmldate's date expressions, as words). */
  private static final Pattern DATE_ELEMENT = Pattern.compile(
      "(?i)date|datum|fecha|time|zeit|published|posted|submitted|created|byline|subline|postmeta|post-meta|"
          + "entry-meta|meta|dateline|timestamp|publication|parution|data-publicacao");

  /** How many date-named elements are read at most (a page of listings has hundreds). */
  private static final int MAX_DATE_ELEMENTS = 60;

  /** The first characters of an element's text that are read as a date. */
  private static final int DATE_TEXT_CHARS = 60;

  /**
   * The page's publication time, or null.
   *
   * @param url      the canonical or fetched URL, or null
   * @param language the page's declared language (ISO 639-1), or null
   */
  static OffsetDateTime find(Document doc, StructuredData data, Map<String, String> metas,
                             List<Element> markup, String url, String language) {
    LocalDate latest = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    OffsetDateTime fromUrl = url == null ? null : plausible(fromUrl(url), latest);
    OffsetDateTime declared = declared(data, metas, markup, latest, language);
    if (fromUrl != null) {
      // the URL names the day; a declared time on (about) that day says more
      return declared != null && declared.toLocalDate().equals(fromUrl.toLocalDate()) ? declared : fromUrl;
    }
    if (declared != null) {
      return declared;
    }
    OffsetDateTime shown = visible(doc, latest, language);
    return shown != null ? shown : freeText(doc, latest, language);
  }

  /** Longest text node, in characters, that the last-resort scan reads as a possible date line. */
  private static final int DATE_LINE_CHARS = 60;

  /**
   * The last resort (htmldate's "extensive search"): the earliest date written in a short line of
   * text (a dateline, a signature, the title) outside the page's navigation, asides and footer.
   * Earliest, because the later dates of a page are those of its comments and updates.
   */
  private static OffsetDateTime freeText(Document doc, LocalDate latest, String language) {
    OffsetDateTime best = plausible(parseText(doc.title(), language), latest);
    Element body = doc.body();
    if (body == null) {
      return best;
    }
    for (org.jsoup.nodes.TextNode t : textNodes(body)) {
      String text = t.text().strip();
      if (text.length() < 6 || text.length() > DATE_LINE_CHARS) {
        continue;
      }
      if (t.parent() instanceof Element p && p.closest("footer, nav, aside, script, style") != null) {
        continue;
      }
      OffsetDateTime d = plausible(parseText(text, language), latest);
      if (d != null && (best == null || d.isBefore(best))) {
        best = d;
      }
    }
    return best;
  }

  private static List<org.jsoup.nodes.TextNode> textNodes(Element root) {
    List<org.jsoup.nodes.TextNode> out = new java.util.ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
      if (node instanceof org.jsoup.nodes.TextNode t) {
        out.add(t);
      }
    }, root);
    return out;
  }

  /**
   * Meta tags, JSON-LD, then the date markup in the page ({@code markup}: time, abbr.published,
   * itemprop datePublished or dateCreated, meta pubdate, in page order): abbr and itemprop first,
   * then a time marked as the publication's, then the first time in the article, then any time.
   */
  private static OffsetDateTime declared(StructuredData data, Map<String, String> metas, List<Element> markup,
                                         LocalDate latest, String language) {
    for (Map.Entry<String, String> m : metas.entrySet()) {
      if (META_NAMES.contains(m.getKey())) {
        OffsetDateTime t = plausible(parse(m.getValue(), language), latest);
        if (t != null) {
          return t;
        }
      }
    }
    OffsetDateTime t = plausible(parse(data.published(), language), latest);
    if (t != null) {
      return t;
    }
    List<Element> times = new java.util.ArrayList<>();
    for (Element e : markup) {
      if (e.normalName().equals("time")) {
        times.add(e);
        continue;
      }
      String raw = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content")
          : e.hasAttr("title") ? e.attr("title") : e.text();
      t = plausible(parse(raw, language), latest);
      if (t != null) {
        return t;
      }
    }
    Element first = null;
    for (Element time : times) {
      boolean marked = time.hasAttr("pubdate") || time.className().startsWith("entry-date")
          || time.attr("itemprop").equalsIgnoreCase("datePublished");
      if (marked || time.closest("article, main") != null && first == null) {
        t = plausible(parse(time.hasAttr("datetime") ? time.attr("datetime") : time.text(), language), latest);
        if (t != null && marked) {
          return t;
        }
        if (t != null) {
          first = time;
        }
      }
    }
    for (Element time : first != null ? List.of(first) : times) {
      t = plausible(parse(time.hasAttr("datetime") ? time.attr("datetime") : time.text(), language), latest);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** A date in the visible text of elements named for dates, outside the page footer. */
  private static OffsetDateTime visible(Document doc, LocalDate latest, String language) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    int seen = 0;
    for (Element e : body.getAllElements()) {
      String names = e.className() + ' ' + e.id();
      if (names.length() < 3 || !DATE_ELEMENT.matcher(names).find() || e.closest("footer") != null) {
        continue;
      }
      if (++seen > MAX_DATE_ELEMENTS) {
        break;
      }
      String text = e.text();
      if (text.length() > DATE_TEXT_CHARS * 4) {
        continue;
      }
      OffsetDateTime t = plausible(parseText(text.length() > DATE_TEXT_CHARS
          ? text.substring(0, DATE_TEXT_CHARS) : text, language), latest);
      if (t == null && e.hasAttr("title")) {
        t = plausible(parseText(e.attr("title"), language), latest);
      }
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static OffsetDateTime plausible(OffsetDateTime t, LocalDate latest) {
    if (t == null) {
      return null;
    }
    LocalDate d = t.toLocalDate();
    return d.getYear() < 1995 || d.isAfter(latest) ? null : t;
  }

  /** A full year-month-day in a URL, with slashes or dashes. */
  private static final Pattern URL_DATE = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})[/-]([0-9]{1,2})[/-]([0-9]{1,2})(?![0-9])");

  /** A full date in a URL's path ({@code /2019/11/19/}, {@code /2019-11-19-title}), or null. */
  static OffsetDateTime fromUrl(String url) {
    int path = url.indexOf("//");
    path = path < 0 ? 0 : url.indexOf('/', path + 2);
    if (path < 0) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find(path) ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  /** ISO 8601 as pages write it: date, optional time with optional seconds, fraction and zone. */
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
  /** Digits only: yyyymmdd, optionally followed by hhmm. */
  private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2}))?(?!\\d)");

  /**
   * Parses a date as markup gives it (an attribute value): ISO 8601, RFC 1123, compact digits, and
   * the forms people write ({@link #parseText}).
   */
  static OffsetDateTime parse(String raw, String language) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      // the looser forms below
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      OffsetDateTime t = iso(m);
      if (t != null) {
        return t;
      }
    }
    m = COMPACT.matcher(s);
    if (m.find()) {
      OffsetDateTime d = date(m.group(1), m.group(2), m.group(3));
      if (d != null && m.group(4) != null) {
        int h = Integer.parseInt(m.group(4));
        int min = Integer.parseInt(m.group(5));
        return h < 24 && min < 60 ? d.withHour(h).withMinute(min) : d;
      }
      return d;
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      // written forms
    }
    return parseText(s, language);
  }

  private static OffsetDateTime iso(Matcher m) {
    try {
      if (m.group(4) == null) {
        return date(m.group(1), m.group(2), m.group(3));
      }
      LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      String zone = m.group(7);
      ZoneOffset offset = ZoneOffset.UTC;
      if (zone != null && !zone.equals("Z")) {
        String z = zone.replace(":", "");
        offset = ZoneOffset.ofHoursMinutes(Integer.parseInt(z.substring(0, 3)),
            z.length() >= 5 ? Integer.parseInt(z.charAt(0) + z.substring(3, 5)) : 0);
      }
      return local.atOffset(offset);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Year first: yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd. */
  private static final Pattern YMD = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
  /** Day and month first, in either order, with the same separator twice: dd.mm.yyyy, mm/dd/yy. */
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
  /** Day, month name, year: "19. November 2019", "19th of November 2019", "19 de noviembre de 2019". */
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?iu)(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|º|°)?\\s*(?:of\\s+|de\\s+)?(\\p{L}{3,11})\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
  /** Month name, day, year: "November 19, 2019", "Nov. 19 2019". */
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?iu)(?<!\\p{L})(\\p{L}{3,11})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

  /**
   * Parses a date as people write it, anywhere in {@code text}: {@code yyyy-mm-dd}, {@code yyyy/mm/dd},
   * {@code dd.mm.yyyy}, {@code dd/mm/yyyy} or {@code mm/dd/yyyy}, or with a month name. Returns the
   * day at midnight UTC (a written time of day is not trusted to a zone), or null.
   */
  static OffsetDateTime parseText(String text, String language) {
    if (text == null || text.length() < 6) {
      return null;
    }
    Matcher m = YMD.matcher(text);
    if (m.find()) {
      OffsetDateTime d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        return d;
      }
    }
    m = NUMERIC.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      String year = m.group(4).length() == 2 ? "20" + m.group(4) : m.group(4);
      boolean monthFirst = m.group(2).equals("/") && (a <= 12 && b > 12 || a <= 12 && b <= 12
          && "en".equals(language));
      OffsetDateTime d = monthFirst ? date(year, m.group(1), m.group(3)) : date(year, m.group(3), m.group(1));
      if (d != null) {
        return d;
      }
    }
    m = DAY_FIRST.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        OffsetDateTime d = date(m.group(3), Integer.toString(month), m.group(1));
        if (d != null) {
          return d;
        }
      }
    }
    m = MONTH_FIRST.matcher(text);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        OffsetDateTime d = date(m.group(3), Integer.toString(month), m.group(2));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  private static OffsetDateTime date(String y, String mo, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d)).atStartOfDay()
          .atOffset(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Month names and their usual abbreviations, lower case, in the languages listed in the class comment. */
  private static final Map<String, Integer> MONTHS = months();

  private static Map<String, Integer> months() {
    String[][] names = {
        // English
        {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december"},
        {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
        {"jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"},
        // German (Austrian Jänner, Feber)
        {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "dezember"},
        {"jänner", "feber", "maerz", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"},
        // French
        {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"},
        {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "aout", "sept", "oct", "nov", "déc"},
        // Spanish
        {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"},
        {"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "setiembre", "oct", "nov", "dic"},
        // Italian
        {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre"},
        {"gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"},
        // Portuguese
        {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro"},
        {"jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"},
        // Dutch
        {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"},
        // Polish, nominative and genitive ("19 listopada 2019")
        {"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
            "październik", "listopad", "grudzień"},
        {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"},
    };
    Map<String, Integer> months = new HashMap<>();
    for (String[] row : names) {
      for (int i = 0; i < 12; i++) {
        months.putIfAbsent(row[i], i + 1);
      }
    }
    return Map.copyOf(months);
  }
}
