package org.storyfold.facts;

import java.util.List;

/**
 * The other side of a disputed fact: the same quantity about the same thing given with an incompatible
 * value.
 *
 * @param text               the sentence that gives the other value
 * @param value              the other value, normalized like {@link Fact#value()}
 * @param sources            article ids that give the other value
 * @param independentSources how many independent sources those are (see {@link Fact#independentSources()})
 */
public record Conflict(String text, String value, List<String> sources, int independentSources) {
  public Conflict {
    sources = List.copyOf(sources);
  }
}
