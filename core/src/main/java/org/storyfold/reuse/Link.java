package org.storyfold.reuse;

import java.util.List;
import java.util.Objects;

/**
 * Text shared between two articles of a story, directed from the source to the derived article.
 *
 * @param from     id of the source article
 * @param to       id of the derived article
 * @param kind     what {@code to} is of {@code from}; {@code independent} when they share some
 *                 passages, too few for a derivation
 * @param shared   fraction of {@code to}'s sentences aligned with {@code from}
 * @param passages the aligned passages, spans into {@code from}'s and {@code to}'s texts
 */
public record Link(String from, String to, Relation.Kind kind, double shared, List<Passage> passages) {
  public Link {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    passages = List.copyOf(passages);
  }

  /** Whether any passage is of the given kind. */
  public boolean has(Passage.Kind passageKind) {
    return passages.stream().anyMatch(p -> p.kind() == passageKind);
  }
}
