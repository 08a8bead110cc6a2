package org.storyfold.reuse;

import java.util.Locale;
import java.util.Objects;

/**
 * How one article relates to the rest of its story.
 *
 * @param kind   what it is of {@code of} (see {@link Kind})
 * @param of     id of the article it derives from, or {@code null} for original and independent
 * @param shared fraction of its sentences aligned with {@code of} (0 when {@code of} is null)
 */
public record Relation(Kind kind, String of, double shared) {
  public Relation {
    Objects.requireNonNull(kind, "kind");
  }

  /** The kinds of relation; written in lower case with a hyphen ("near-copy") in every output. */
  public enum Kind {
    /** Others derive from it; it derives from none. */
    ORIGINAL,
    /** The whole article is its source's text, a paragraph or two dropped at most. */
    COPY,
    /** The whole article, mostly verbatim or lightly edited. */
    NEAR_COPY,
    /** The whole article reworded, in its source's order. */
    REWRITE,
    /** The whole article in another language. */
    TRANSLATION,
    /** Some passages taken word for word, the rest the outlet's own. */
    PARTIAL,
    /** Own reporting, even quoting the same people and repeating the same figures. */
    INDEPENDENT;

    /** Whether an article of this kind derives from a source. */
    public boolean derived() {
      return this != ORIGINAL && this != INDEPENDENT;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
