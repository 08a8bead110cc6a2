package org.storyfold.story;

import java.util.List;
import java.util.Objects;

/**
 * Articles that report the same real-world event.
 *
 * @param id       stable within one run: {@code s1} is the largest story
 * @param headline the most representative title
 * @param articles the members, earliest first when dates are known
 */
public record Story(String id, String headline, List<Article> articles) {
  public Story {
    Objects.requireNonNull(id, "id");
    headline = headline == null ? "" : headline;
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no articles");
    }
  }
}
