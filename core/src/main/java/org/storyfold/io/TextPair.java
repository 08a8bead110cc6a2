package org.storyfold.io;

import java.util.Objects;

/**
 * Two texts to compare (two sentences, or two whole articles), as {@code storyfold pairs} reads them.
 *
 * @param id the line's {@code id}, or its line number when it has none
 */
public record TextPair(String id, String a, String b) {
  public TextPair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
