package org.storyfold.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
  private final java.util.Map<String, String> metas = new java.util.LinkedHashMap<>();
  private final Element firstH1;
  /** Elements that may mark up a date: time, abbr.published, itemprop date*, meta pubdate; in page order. */
  private final List<Element> dateMarkup = new ArrayList<>();

  /** Reads the page's metadata in one pass over its elements. */
  Metadata(Document doc) {
    this.doc = doc;
    Element h1 = null;
    List<Element> scripts = new ArrayList<>();
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
            if (e.hasAttr("pubdate") || e.attr("http-equiv").equalsIgnoreCase("date")) {
              dateMarkup.add(e);
            }
          }
        }
        case "h1" -> h1 = h1 == null && !e.text().isBlank() ? e : h1;
        case "script" -> {
          if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            scripts.add(e);
          }
        }
        case "time" -> dateMarkup.add(e);
        case "abbr" -> {
          if (e.hasAttr("title") && (e.hasClass("published") || e.hasClass("date-published"))) {
            dateMarkup.add(e);
          }
        }
        default -> { }
      }
      if (!e.normalName().equals("meta") && e.hasAttr("itemprop")) {
        String prop = e.attr("itemprop");
        if (prop.equalsIgnoreCase("datePublished") || prop.equalsIgnoreCase("dateCreated")) {
          dateMarkup.add(e);
        }
      }
    }
    this.firstH1 = h1;
    this.data = StructuredData.of(scripts);
  }

  /** The page's JSON-LD article, as a witness. */
  StructuredData data() {
    return data;
  }

  /** A language tag ("en", "pt-BR", "de_AT"): its primary language subtag. */
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

  /** When the article was first published, or null; {@code fetched} is the page's URL, or null. */
  OffsetDateTime published(String fetched) {
    return PublicationDate.find(doc, data, metas, dateMarkup, canonical(fetched), language());
  }

  /** The page's own summary (Open Graph, Twitter card or meta description), or null. */
  String description() {
    return meta("og:description", "twitter:description", "description", "dc.description");
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
