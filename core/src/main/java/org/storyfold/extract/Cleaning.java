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
   * @param code   why it was judged boilerplate, as a kind other packages may test
   * @param reason the same in words, with its figures ("repeated on 3 pages of example.com"), for people
   */
  public record Removal(String line, Reason code, String reason) {
    public Removal {
      java.util.Objects.requireNonNull(code, "code");
    }
  }

  /**
   * Why a line was removed. When several kinds of evidence agree, the code is the strongest one
   * (the one named first in the reason's words).
   */
  public enum Reason {
    /** A copyright line, or a photo credit or caption with its credit. */
    CREDIT,
    /** Words glued together: the trace of flattened menu or teaser links. */
    GLUED_LINKS,
    /** A URL, domain, e-mail address or breadcrumb. */
    LINK_LIKE,
    /** Mostly digits and symbols. */
    SYMBOLS,
    /** Capitalised words without sentence punctuation: a title or menu entry, not prose. */
    TITLE_LIKE,
    /** Too few stop words for its length: a list or title, not prose. */
    FEW_STOP_WORDS,
    /** A short line settled by its neighbours: in a menu run, or next to boilerplate. */
    SHORT_NEAR_BOILERPLATE,
    /** Prose-like, but with boilerplate on both sides. */
    PROSE_AMID_BOILERPLATE,
    /** Repeated on several unrelated pages of the same site. */
    REPEATED_ON_SITE,
    /** Repeated on several unrelated pages of the batch. */
    REPEATED_IN_BATCH,
    /** Repeats the article's title. */
    REPEATS_TITLE,
    /** Printed more than once on the same page (a caption, teaser or pull quote). */
    REPEATED_ON_PAGE,
    /** A bullet list restating the article's own sentences (a machine-written summary). */
    RESTATEMENT,
    /** Good text outside the page's main block, across boilerplate (a teaser, comment or other story). */
    OUTSIDE_MAIN_BLOCK,
    /** The title line was not a headline (glued links, a credit, a placeholder) and was dropped. */
    BAD_TITLE,
    /** The line became the article's title. */
    MOVED_TO_TITLE
  }
}
