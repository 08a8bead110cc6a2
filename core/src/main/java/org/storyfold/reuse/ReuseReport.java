package org.storyfold.reuse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who copied whom inside one story.
 *
 * @param links       every pair of articles that shares at least one passage
 * @param relations   article id to its relation
 * @param originality article id to the fraction of its sentences aligned with no other article
 * @param notAligned  ids of the story's members left out of the alignment, in story order: empty unless
 *                    the story has more than {@link ReuseConfig#maxAligned} articles; they have no
 *                    relation, no originality and no link
 */
public record ReuseReport(List<Link> links, Map<String, Relation> relations, Map<String, Double> originality,
                          List<String> notAligned) {
  public ReuseReport {
    links = List.copyOf(links);
    relations = Collections.unmodifiableMap(new LinkedHashMap<>(relations));
    originality = Collections.unmodifiableMap(new LinkedHashMap<>(originality));
    notAligned = List.copyOf(notAligned);
  }

  /** A report of a story aligned whole. */
  public ReuseReport(List<Link> links, Map<String, Relation> relations, Map<String, Double> originality) {
    this(links, relations, originality, List.of());
  }

  /** The link between two articles in either direction, or {@code null}. */
  public Link link(String a, String b) {
    for (Link l : links) {
      if (l.from().equals(a) && l.to().equals(b) || l.from().equals(b) && l.to().equals(a)) {
        return l;
      }
    }
    return null;
  }
}
