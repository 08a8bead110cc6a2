package org.storyfold.facts;

import java.util.List;
import java.util.Locale;

/**
 * One thing the story says, with who says it.
 *
 * @param kind               {@link Kind#FIGURE}, {@link Kind#QUOTE} or {@link Kind#STATEMENT}
 * @param text               the best phrasing: for a figure or statement the sentence that carries it;
 *                           for a quote the quoted words, prefixed with "Speaker: " when the speaker is known
 * @param value              figure: the normalized value, e.g. {@code "~10000 crossing/day"} ("~" about,
 *                           {@code ">"} more than / at least, {@code "<"} up to, {@code "<~"} nearly);
 *                           quote: its words, folded; statement: its content terms
 * @param sources            article ids that carry it, sorted
 * @param independentSources sources left after folding copies, rewrites, translations, one outlet's
 *                           articles, and articles whose carrying sentences are aligned, into one
 * @param conflicts          the same quantity about the same thing given with incompatible values
 *                           elsewhere (figures only)
 * @param about              figures: what is measured, of whom ("evacuated worker", "age of lacalamita",
 *                           "dead person"); null for quotes and statements
 */
public record Fact(Kind kind, String text, String value, List<String> sources, int independentSources,
                   List<Conflict> conflicts, String about) {

  /** What a fact is; written in lower case in JSON and reports ("figure"). */
  public enum Kind {
    FIGURE, QUOTE, STATEMENT;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

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
