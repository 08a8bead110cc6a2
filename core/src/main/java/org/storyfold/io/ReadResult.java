package org.storyfold.io;

import java.util.List;
import java.util.Set;
import org.storyfold.story.Article;
import org.storyfold.story.Rejection;

/**
 * What a batch of inputs gave: the articles read, the inputs refused, and remarks on inputs that were
 * read but not perfectly (an unreadable date, say).
 *
 * @param pages ids of the articles extracted from HTML (pages and WARC records): their text is already
 *              the article's own, so line-level cleaning leaves it alone
 */
public record ReadResult(List<Article> articles, List<Rejection> rejections, List<String> warnings,
                         Set<String> pages) {
  public ReadResult {
    articles = List.copyOf(articles);
    pages = Set.copyOf(pages);
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
  }
}
