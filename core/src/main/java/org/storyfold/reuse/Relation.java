package org.storyfold.reuse;

import java.util.Objects;

/**
 * How one article relates to the rest of its story.
 *
 * @param kind   original, copy, near-copy, rewrite, translation or independent
 * @param of     id of the article it derives from, or {@code null} for original and independent
 * @param shared fraction of its sentences aligned with {@code of} (0 when {@code of} is null)
 */
public record Relation(String kind, String of, double shared) {
  public Relation {
    Objects.requireNonNull(kind, "kind");
  }
}
