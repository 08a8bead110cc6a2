package org.storyfold.reuse;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One aligned passage between two articles.
 *
 * @param kind     how the two spans match (see {@link Kind})
 * @param fromSpan character span [start, end) in the text of the link's {@code from} article
 * @param toSpan   character span [start, end) in the text of the link's {@code to} article
 */
public record Passage(Kind kind, int[] fromSpan, int[] toSpan) {
  public Passage {
    Objects.requireNonNull(kind, "kind");
    fromSpan = fromSpan.clone();
    toSpan = toSpan.clone();
  }

  /** How two passages match; written in lower case in every output. */
  public enum Kind {
    /** A run of at least eight equal words. */
    VERBATIM,
    /** A sentence with small edits: most terms and most words shared, in the same order. */
    EDITED,
    /** The same statement in other words. */
    PARAPHRASE,
    /** The same statement in another language (shared names and numbers). */
    TRANSLATION;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Override
  public int[] fromSpan() {
    return fromSpan.clone();
  }

  @Override
  public int[] toSpan() {
    return toSpan.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Passage p && kind == p.kind && Arrays.equals(fromSpan, p.fromSpan)
        && Arrays.equals(toSpan, p.toSpan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, Arrays.hashCode(fromSpan), Arrays.hashCode(toSpan));
  }

  @Override
  public String toString() {
    return "Passage[" + kind + ", " + Arrays.toString(fromSpan) + " -> " + Arrays.toString(toSpan) + "]";
  }
}
