package org.storyfold.extract;

import java.util.List;
import java.util.Map;
import org.storyfold.story.Article;

/**
 * The outcome of boilerplate removal over a batch.
 *
 * @param articles the articles with clean titles and bodies, in input order
 * @param removed  per article id, the lines taken out and why (only articles that lost something)
 */
public record Cleaning(List<Article> articles, Map<String, List<Removal>> removed) {
  public Cleaning {
    articles = List.copyOf(articles);
    removed = Map.copyOf(removed);
  }

  /**
   * One removed line.
   *
   * @param line   the line as it stood
   * @param reason why it was judged boilerplate, in words ("repeated on 3 pages of example.com")
   */
  public record Removal(String line, String reason) {}
}
