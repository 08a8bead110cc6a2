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
  private Metadata() {}

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?)?");
  private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{4})/(\\d{2})/(\\d{2})(?!\\d)");
  private static final Pattern LANG = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

  /** The headline: Open Graph, then JSON-LD, then the page's first {@code h1}, then {@code <title>}. */
  static String title(Document doc, StructuredData data) {
    String og = meta(doc, "og:title", "twitter:title", "dc.title", "DC.title");
    if (og != null) {
      return og;
    }
    if (data.headline() != null) {
      return data.headline();
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
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
  static OffsetDateTime published(Document doc, StructuredData data) {
    String[] candidates = {
        meta(doc, "article:published_time", "og:article:published_time", "datePublished",
            "article.published", "publishdate", "publish-date", "pubdate", "date", "dc.date",
            "DC.date", "dcterms.created", "DC.date.issued", "dc.date.issued", "sailthru.date",
            "parsely-pub-date", "cxenseparse:recs:publishtime", "og:published_time"),
        data.published(),
        attr(doc.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content]")),
        attr(doc.selectFirst("time[pubdate][datetime]")),
        attr(doc.selectFirst("article time[datetime], main time[datetime]")),
        attr(doc.selectFirst("time[datetime]")),
    };
    for (String c : candidates) {
      OffsetDateTime t = parseDate(c);
      if (t != null) {
        return t;
      }
    }
    // a date in the URL path (/2019/11/19/) is a last resort
    String url = canonical(doc, null);
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
  static String siteName(Document doc, StructuredData data) {
    String og = meta(doc, "og:site_name");
    if (og != null) {
      return og;
    }
    if (data.publisher() != null) {
      return data.publisher();
    }
    return meta(doc, "application-name", "twitter:site", "publisher", "dc.publisher", "DC.publisher");
  }

  /** The canonical URL (absolute), then og:url, then the fetched URL. */
  static String canonical(Document doc, String fetched) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    if (link != null) {
      String abs = link.absUrl("href");
      if (!abs.isEmpty()) {
        return abs;
      }
    }
    Element og = doc.selectFirst("meta[property=og:url][content]");
    if (og != null) {
      String abs = og.absUrl("content");
      if (abs.startsWith("http")) {
        return abs;
      }
    }
    return fetched == null || fetched.isBlank() ? null : fetched;
  }

  /** The declared language as an ISO 639 code: {@code <html lang>}, then meta tags, then JSON-LD. */
  static String language(Document doc, StructuredData data) {
    String[] candidates = {
        doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang"),
        doc.selectFirst("html[xml:lang]") == null ? null : doc.selectFirst("html[xml:lang]").attr("xml:lang"),
        meta(doc, "og:locale", "language", "content-language", "dc.language", "DC.language"),
        httpEquiv(doc),
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

  private static String httpEquiv(Document doc) {
    Element e = doc.selectFirst("meta[http-equiv~=(?i)content-language][content]");
    return e == null ? null : e.attr("content").split(",")[0];
  }

  /** The first non-blank content of meta tags named (property, name or itemprop) as given. */
  static String meta(Document doc, String... names) {
    for (String name : names) {
      for (Element e : doc.getElementsByTag("meta")) {
        if ((name.equalsIgnoreCase(e.attr("property")) || name.equalsIgnoreCase(e.attr("name"))
            || name.equals(e.attr("itemprop"))) && !e.attr("content").isBlank()) {
          return e.attr("content").strip();
        }
      }
    }
    return null;
  }
}
