package org.storyfold.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's title, date, site name, canonical URL and language, each from the most reliable place the
 * page offers it: the page's own markup (Open Graph, {@code article:*} and Dublin Core meta tags,
 * {@code <time>}, {@code lang}) checked against its JSON-LD.
 */
final class Metadata {
  private final Document doc;
  private final StructuredData data;
  /** Meta tag contents by lower-cased property, name and itemprop; the first one wins. */
  private final java.util.Map<String, String> metas = new java.util.HashMap<>();
  private final Element firstTime;
  private final Element articleTime;
  private final Element datePublished;
  private final Element firstH1;

  Metadata(Document doc, StructuredData data) {
    this.doc = doc;
    this.data = data;
    Element time = null;
    Element inArticle = null;
    Element itemprop = null;
    Element h1 = null;
    for (Element e : doc.getAllElements()) {
      switch (e.normalName()) {
        case "meta" -> {
          String content = e.attr("content").strip();
          if (!content.isEmpty()) {
            for (String key : new String[] {"property", "name", "itemprop"}) {
              String k = e.attr(key);
              if (!k.isEmpty()) {
                metas.putIfAbsent(k.toLowerCase(Locale.ROOT), content);
              }
            }
          }
        }
        case "time" -> {
          if (e.hasAttr("datetime")) {
            if (time == null) {
              time = e;
            }
            if (inArticle == null && (e.hasAttr("pubdate") || e.closest("article, main") != null)) {
              inArticle = e;
            }
          }
        }
        case "h1" -> h1 = h1 == null && !e.text().isBlank() ? e : h1;
        default -> { }
      }
      if (itemprop == null && e.attr("itemprop").equals("datePublished")
          && (e.hasAttr("datetime") || e.hasAttr("content"))) {
        itemprop = e;
      }
    }
    this.firstTime = time;
    this.articleTime = inArticle;
    this.datePublished = itemprop;
    this.firstH1 = h1;
  }

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
  private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{2})/(\\d{2})(?!\\d)");
  private static final Pattern LANG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

  /** The headline: Open Graph, then JSON-LD, then the page's first {@code h1}, then {@code <title>}. */
  String title() {
    String og = meta("og:title", "twitter:title", "dc.title", "DC.title");
    if (og != null) {
      return og;
    }
    if (data.headline() != null) {
      return data.headline();
    }
    if (firstH1 != null) {
      return firstH1.text().strip();
    }
    return stripSiteName(doc.title().strip());
  }

  private static String stripSiteName(String title) {
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · "}) {
      int i = title.lastIndexOf(sep);
      if (i > 15) {
        return title.substring(0, i).strip();
      }
    }
    return title;
  }

  /** When the article was first published, or null. */
  OffsetDateTime published() {
    String[] candidates = {
        meta("article:published_time", "og:article:published_time", "datePublished",
            "article.published", "publishdate", "publish-date", "pubdate", "date", "dc.date",
            "DC.date", "dcterms.created", "DC.date.issued", "dc.date.issued", "sailthru.date",
            "parsely-pub-date", "cxenseparse:recs:publishtime", "og:published_time"),
        data.published(),
        attr(datePublished),
        attr(articleTime),
        attr(firstTime),
    };
    for (String c : candidates) {
      OffsetDateTime t = parseDate(c);
      if (t != null) {
        return t;
      }
    }
    // a date in the URL path (/2019/11/19/) is a last resort
    String url = canonical(null);
    if (url != null) {
      Matcher m = SLASHED.matcher(url);
      if (m.find()) {
        return date(m.group(1), m.group(2), m.group(3));
      }
    }
    return null;
  }

  private static String attr(Element e) {
    if (e == null) {
      return null;
    }
    return e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
  }

  /** Parses the date forms pages use: ISO 8601 with or without time and zone, RFC 1123. */
  static OffsetDateTime parseDate(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = raw.strip();
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      // try the looser forms below
    }
    Matcher m = ISO.matcher(s);
    if (m.find()) {
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
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static OffsetDateTime date(String y, String mo, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1990 || year > 2100) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d)).atStartOfDay()
          .atOffset(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The outlet's name: Open Graph, then JSON-LD's publisher, then other meta tags. */
  String siteName() {
    String og = meta("og:site_name");
    if (og != null) {
      return og;
    }
    if (data.publisher() != null) {
      return data.publisher();
    }
    return meta("application-name", "twitter:site", "publisher", "dc.publisher", "DC.publisher");
  }

  /** The canonical URL (absolute), then og:url, then the fetched URL. */
  String canonical(String fetched) {
    Element link = doc.head().selectFirst("link[rel~=(?i)^canonical$][href]");
    if (link != null) {
      String abs = link.absUrl("href");
      if (!abs.isEmpty()) {
        return abs;
      }
    }
    Element og = doc.head().selectFirst("meta[property=og:url][content]");
    if (og != null) {
      String abs = og.absUrl("content");
      if (abs.startsWith("http")) {
        return abs;
      }
    }
    return fetched == null || fetched.isBlank() ? null : fetched;
  }

  /** The declared language as an ISO 639 code: {@code <html lang>}, then meta tags, then JSON-LD. */
  String language() {
    Element html = doc.firstElementChild();
    String[] candidates = {
        html == null || !html.hasAttr("lang") ? null : html.attr("lang"),
        html == null || !html.hasAttr("xml:lang") ? null : html.attr("xml:lang"),
        meta("og:locale", "language", "content-language", "dc.language", "DC.language"),
        httpEquiv(),
        data.language(),
        doc.body() == null || !doc.body().hasAttr("lang") ? null : doc.body().attr("lang"),
    };
    for (String c : candidates) {
      if (c == null) {
        continue;
      }
      Matcher m = LANG.matcher(c.strip());
      if (m.matches()) {
        return m.group(1).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  private String httpEquiv() {
    Element e = doc.head().selectFirst("meta[http-equiv~=(?i)content-language][content]");
    return e == null ? null : e.attr("content").split(",")[0];
  }

  /** The first non-blank content of meta tags named (property, name or itemprop) as given. */
  String meta(String... names) {
    for (String name : names) {
      String content = metas.get(name.toLowerCase(Locale.ROOT));
      if (content != null) {
        return content;
      }
    }
    return null;
  }
}
