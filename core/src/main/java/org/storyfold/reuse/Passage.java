package org.storyfold.reuse;

import java.util.Arrays;
import java.util.Objects;

/**
 * One aligned passage between two articles.
 *
 * @param kind     {@code verbatim}, {@code edited}, {@code paraphrase} or {@code translation}
 * @param fromSpan character span [start, end) in the text of the link's {@code from} article
 * @param toSpan   character span [start, end) in the text of the link's {@code to} article
 */
public record Passage(String kind, int[] fromSpan, int[] toSpan) {
  public Passage {
    Objects.requireNonNull(kind, "kind");
    fromSpan = fromSpan.clone();
    toSpan = toSpan.clone();
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
    return o instanceof Passage p && kind.equals(p.kind) && Arrays.equals(fromSpan, p.fromSpan)
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
