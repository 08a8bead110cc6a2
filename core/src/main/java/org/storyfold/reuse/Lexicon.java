package org.storyfold.reuse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Integer ids for the strings of one analysis (surface words, stemmed terms, names, numbers, each
 * kind under its own prefix) and their weights: inverse document frequency from a reference corpus
 * when one is given, otherwise 1. Not thread-safe: one per analysis.
 */
final class Lexicon {
  private final Map<String, Integer> ids = new HashMap<>();
  private final java.util.List<String> keys = new java.util.ArrayList<>();
  private TermWeights weights;
  private float[] weight = new float[1024];

  Lexicon(TermWeights weights) {
    this.weights = weights;
  }

  int id(String key) {
    Integer id = ids.get(key);
    if (id == null) {
      id = ids.size();
      ids.put(key, id);
      keys.add(key);
      if (id >= weight.length) {
        weight = Arrays.copyOf(weight, weight.length * 2);
      }
      weight[id] = (float) weights.weight(key);
    }
    return id;
  }

  /** Weighs every key again, with other weights. */
  void weigh(TermWeights newWeights) {
    weights = newWeights;
    for (int id = 0; id < keys.size(); id++) {
      weight[id] = (float) newWeights.weight(keys.get(id));
    }
  }

  String key(int id) {
    return keys.get(id);
  }

  float weight(int id) {
    return weight[id];
  }
}
