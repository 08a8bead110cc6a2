package org.storyfold.io;

import java.time.OffsetDateTime;
import org.storyfold.extract.Extractor;
import org.storyfold.extract.Page;
import org.storyfold.story.Article;

/** HTML pages: the extractor finds the article; the reader only names it. */
final class HtmlFiles {
  private HtmlFiles() {}

  /**
   * @param url      where the page was fetched from, or null
   * @param fallback publication time to use when the page gives none (a WARC date), or null
   */
  static Article parse(String id, String url, String html, OffsetDateTime fallback, Extractor extractor)
      throws Rejected {
    Page page = extractor.extract(html, url);
    if (page.text().isBlank() && page.title().isBlank()) {
      throw new Rejected("no article text found in the page");
    }
    String link = page.url() != null ? page.url() : url;
    return new Article(id, link, link == null ? page.siteName() : null, page.title(), page.text(),
        page.published() != null ? page.published() : fallback, page.language());
  }
}
