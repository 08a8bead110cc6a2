package org.storyfold.reuse;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequencies of lexicon keys, counted over a reference set of sentences. A key
 * never seen gets the weight of a key seen once (rare words carry the most meaning). Immutable.
 */
public final class TermWeights {
  /** Every key weighs 1. */
  public static final TermWeights UNIFORM = new TermWeights(Map.of(), 0);

  private final Map<String, Integer> df;
  private final int documents;

  private TermWeights(Map<String, Integer> df, int documents) {
    this.df = df;
    this.documents = documents;
  }

  /** Weights from document frequencies over {@code documents}, each given as its set of keys. */
  static TermWeights of(Collection<? extends Collection<String>> documents) {
    Map<String, Integer> df = new HashMap<>();
    for (Collection<String> doc : documents) {
      Set<String> seen = new HashSet<>(doc);
      for (String k : seen) {
        df.merge(k, 1, Integer::sum);
      }
    }
    return new TermWeights(Map.copyOf(df), documents.size());
  }

  double weight(String key) {
    if (documents == 0) {
      return 1.0;
    }
    int f = df.getOrDefault(key, 0);
    return Math.log((documents + 1.0) / (Math.max(f, 1) + 0.5));
  }
}
