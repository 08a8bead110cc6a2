package org.storyfold.extract;

import java.time.OffsetDateTime;

/**
 * What an HTML page says about its article.
 *
 * @param title     the headline, or empty
 * @param text      the main text, paragraphs separated by blank lines
 * @param published publication time, or {@code null}
 * @param siteName  the outlet's name as the page gives it, or {@code null}
 * @param url       the canonical URL when the page declares one, else the URL it was fetched from (may be null)
 * @param language  the page's declared language (ISO 639-1), or {@code null}
 */
public record Page(String title, String text, OffsetDateTime published, String siteName, String url,
                   String language) {
  public Page {
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }
}
