package org.storyfold.reuse;

import java.util.Objects;

/**
 * The verdict on two texts for {@code storyfold pairs}.
 *
 * @param similarity in [0, 1]
 * @param same       for two sentences: same content (a paraphrase); for two articles: same story
 * @param relation   for sentences: verbatim, edited, paraphrase or different; for articles: the
 *                   relation of the first to the second (copy, near-copy, rewrite, translation,
 *                   original when the second derives from the first, or independent)
 */
public record Comparison(double similarity, boolean same, String relation) {
  public Comparison {
    Objects.requireNonNull(relation, "relation");
  }
}
