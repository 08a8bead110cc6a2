package org.storyfold.io;

import java.util.List;
import org.storyfold.story.Article;
import org.storyfold.story.Rejection;

/**
 * What a batch of inputs gave: the articles read, the inputs refused, and remarks on inputs that were
 * read but not perfectly (an unreadable date, say).
 */
public record ReadResult(List<Article> articles, List<Rejection> rejections, List<String> warnings) {
  public ReadResult {
    articles = List.copyOf(articles);
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
  }
}
