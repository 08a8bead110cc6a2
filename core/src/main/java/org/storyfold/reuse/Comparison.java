package org.storyfold.reuse;

import java.util.Locale;
import java.util.Objects;

/**
 * The verdict on two texts for {@code storyfold pairs}.
 *
 * @param similarity in [0, 1]; for two articles, how surely they tell the same story
 * @param same       for two sentences: same content (a paraphrase); for two articles: same story
 * @param relation   what the first text is of the second (see {@link Kind})
 */
public record Comparison(double similarity, boolean same, Kind relation) {
  public Comparison {
    Objects.requireNonNull(relation, "relation");
  }

  /**
   * For sentences: verbatim, edited, paraphrase or different; for articles: the relation of the first
   * to the second (copy ... independent), or original when the second derives from the first.
   * Written in lower case with a hyphen in every output.
   */
  public enum Kind {
    VERBATIM, EDITED, PARAPHRASE, DIFFERENT,
    ORIGINAL, COPY, NEAR_COPY, REWRITE, TRANSLATION, PARTIAL, INDEPENDENT;

    static Kind of(Relation.Kind k) {
      return valueOf(k.name());
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
