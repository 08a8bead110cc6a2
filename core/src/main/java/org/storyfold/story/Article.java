package org.storyfold.story;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * One news article as the engine sees it: a clean body of text with what is known about where and
 * when it appeared. Everything after reading works on these.
 *
 * @param id        stable identifier (the input's {@code id} field, or its file name without extensions)
 * @param url       where it was published, or {@code null}
 * @param source    the outlet, usually the site of {@code url}, or {@code null}
 * @param title     headline, possibly empty
 * @param text      the clean body, title excluded
 * @param published publication time, or {@code null} when unknown
 * @param language  ISO 639-1 code, or {@code null} before detection
 */
public record Article(String id, String url, String source, String title, String text,
                      OffsetDateTime published, String language) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank");
    }
    title = title == null ? "" : title;
    text = Objects.requireNonNull(text, "text");
    if (source == null && url != null) {
      source = siteOf(url);
    }
  }

  /** A copy with the language set. */
  public Article withLanguage(String lang) {
    return new Article(id, url, source, title, text, published, lang);
  }

  /** A copy with another body. */
  public Article withText(String newText) {
    return new Article(id, url, source, title, newText, published, language);
  }

  /** Title and body together, the way readers meet them. */
  public String fullText() {
    return title.isEmpty() ? text : title + "\n\n" + text;
  }

  /** The host of a URL without a leading {@code www.}, or {@code null} when it has none. */
  public static String siteOf(String url) {
    try {
      String host = URI.create(url.trim()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
