package org.storyfold.facts;

import java.util.List;

/**
 * The other side of a disputed fact: the same counted thing given with an incompatible value.
 *
 * @param text    the sentence that gives the other value
 * @param value   the other value, normalized like {@link Fact#value()}
 * @param sources article ids that give the other value
 */
public record Conflict(String text, String value, List<String> sources) {
  public Conflict {
    sources = List.copyOf(sources);
  }
}
