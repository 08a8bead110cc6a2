package org.storyfold.facts;

import java.util.List;

/**
 * One thing the story says, with who says it.
 *
 * @param kind               {@code figure}, {@code quote} or {@code statement}
 * @param text               the best phrasing: for a figure or statement the sentence that carries it;
 *                           for a quote the quoted words, prefixed with "Speaker: " when the speaker is known
 * @param value              figure: the normalized value, e.g. {@code "~10000 crossing/day"} ("~" about,
 *                           {@code ">"} more than / at least, {@code "<"} up to, {@code "<~"} nearly);
 *                           quote: its words, folded; statement: its content terms
 * @param sources            article ids that carry it, sorted
 * @param independentSources sources left after folding copies, rewrites and translations into their origin
 * @param conflicts          the same counted thing given with incompatible values elsewhere (figures only)
 */
public record Fact(String kind, String text, String value, List<String> sources, int independentSources,
                   List<Conflict> conflicts) {
  public Fact {
    sources = List.copyOf(sources);
    conflicts = List.copyOf(conflicts);
  }

  /** Whether some other source gives an incompatible value. */
  public boolean disputed() {
    return !conflicts.isEmpty();
  }

  /** Whether only one article carries it. */
  public boolean single() {
    return sources.size() == 1;
  }
}
