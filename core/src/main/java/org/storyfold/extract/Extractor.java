package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pulls an article's main text and metadata out of an HTML page.
 *
 * <p>This is the plain version: the page's block elements minus the obvious chrome (scripts, navigation,
 * headers, footers, asides, forms). Line-level boilerplate is then removed by {@link Boilerplate}.
 */
public final class Extractor {
  private static final String CHROME =
      "script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, button, select";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt, figcaption";

  /** Extracts the article of {@code html}, fetched from {@code url} (may be null). */
  public Page extract(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    String title = firstNonBlank(meta(doc, "og:title"), doc.title());
    String lang = doc.selectFirst("html[lang]") == null ? null
        : doc.selectFirst("html[lang]").attr("lang").toLowerCase(Locale.ROOT).split("[-_]")[0];
    Element body = doc.body() == null ? doc : doc.body();
    body.select(CHROME).remove();
    List<String> paragraphs = new ArrayList<>();
    for (Element block : body.select(BLOCKS)) {
      if (!block.select(BLOCKS).isEmpty() && block.select(BLOCKS).size() > 1) {
        continue; // a container of blocks: its children speak for it
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(body.text());
    }
    String canonical = doc.selectFirst("link[rel=canonical][href]") == null ? url
        : doc.selectFirst("link[rel=canonical][href]").absUrl("href");
    return new Page(title.strip(), String.join("\n\n", paragraphs), null, meta(doc, "og:site_name"),
        canonical == null || canonical.isEmpty() ? url : canonical, lang == null || lang.isEmpty() ? null : lang);
  }

  private static String meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? null : e.attr("content");
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }
}
