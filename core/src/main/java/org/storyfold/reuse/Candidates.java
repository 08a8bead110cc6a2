package org.storyfold.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which pairs of a story's articles are worth aligning, without comparing every pair: each article
 * gives keys (hashes of its word 8-grams, one in four kept by value, a deterministic sample in the
 * manner of winnowing, Schleimer et al. 2003; and per sentence the pairs of its names and numbers,
 * which survive paraphrase and translation), an inverted index maps each key to the first
 * {@link #POSTINGS} articles that hold it, and each article takes as partners the {@link #PARTNERS}
 * articles with which it shares most keys. Cost: linear in the story's words times the capped
 * postings, and at most n * PARTNERS pairs to align. A story small enough to align whole is aligned
 * whole (every pair), as before.
 */
final class Candidates {
  /** Partners per article: the source and the articles it most resembles (the story's copies are alike). */
  static final int PARTNERS = 12;
  /** Articles remembered per key: the earliest holders, among whom a passage's source is. */
  static final int POSTINGS = 64;

  private Candidates() {}

  /** The pairs {p, q} with p < q to align. */
  static List<int[]> of(List<Doc> docs) {
    int n = docs.size();
    List<int[]> pairs = new ArrayList<>();
    if (n <= PARTNERS + 1) {
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          pairs.add(new int[] {p, q});
        }
      }
      return pairs;
    }
    Map<Long, int[]> postings = new HashMap<>();
    long[][] keys = new long[n][];
    for (int d = 0; d < n; d++) {
      keys[d] = keys(docs.get(d));
      for (long k : keys[d]) {
        int[] list = postings.computeIfAbsent(k, x -> new int[POSTINGS + 1]);
        if (list[0] < POSTINGS && (list[0] == 0 || list[list[0]] != d)) {
          list[++list[0]] = d;
        }
      }
    }
    java.util.Set<Long> chosen = new java.util.HashSet<>();
    for (int doc = 0; doc < n; doc++) {
      final int d = doc;
      Map<Integer, Integer> shared = new HashMap<>();
      for (long k : keys[d]) {
        int[] list = postings.get(k);
        for (int i = 1; i <= list[0]; i++) {
          if (list[i] != d) {
            shared.merge(list[i], 1, Integer::sum);
          }
        }
      }
      shared.entrySet().stream()
          .sorted((x, y) -> x.getValue().equals(y.getValue()) ? Integer.compare(x.getKey(), y.getKey())
              : Integer.compare(y.getValue(), x.getValue()))
          .limit(PARTNERS)
          .forEach(e -> {
            int p = Math.min(d, e.getKey());
            int q = Math.max(d, e.getKey());
            if (chosen.add(((long) p << 32) | q)) {
              pairs.add(new int[] {p, q});
            }
          });
    }
    pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
    return pairs;
  }

  /** The article's distinct keys: sampled 8-gram hashes and per-sentence anchor pairs. */
  private static long[] keys(Doc d) {
    java.util.Set<Long> out = new java.util.HashSet<>();
    for (int i = 0; i + Doc.GRAM <= d.tokens.length; i++) {
      long g = Doc.gram(d.tokens, i);
      if ((g & 3) == 0) {
        out.add(g);
      }
    }
    for (Sentence s : d.sentences) {
      int[] a = s.anchors();
      for (int i = 0; i < a.length; i++) {
        for (int j = i + 1; j < a.length && j < i + 4; j++) {
          out.add(0x5DEECE66DL * a[i] + a[j] * 0x9E3779B97F4A7C15L + 1);
        }
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }
}
