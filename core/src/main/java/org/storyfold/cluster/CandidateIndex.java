package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.fingerprint.Fingerprint;

/**
 * Finds the pairs worth scoring without looking at all pairs: an inverted index over each article's
 * heaviest features (rare terms, names, numbers), skipping features so common that their postings
 * would cost more than they tell, plus MinHash LSH bands for copies.
 *
 * <p>For each article, the partial dot products over its top features rank the other articles; the
 * best {@code neighbours} of them become candidates. Partial scores only rank: the scorer computes
 * the exact similarity of every candidate.
 */
final class CandidateIndex {
  private static final int BANDS = 16;

  private CandidateIndex() {}

  /** Candidate pairs as {@code a * size + b} with a < b, sorted. */
  static long[] candidates(WeightedVectors v, List<Fingerprint> fps, ClusterConfig config) {
    int n = v.size;
    int maxPostings = Math.max(config.maxPostings(), (int) Math.ceil(n * 0.01));
    Map<Integer, List<Integer>> postings = new HashMap<>();
    int[][] top = new int[n][];
    for (int d = 0; d < n; d++) {
      top[d] = topFeatures(v, d, config.topFeatures(), maxPostings);
      for (int f : top[d]) {
        postings.computeIfAbsent(f, x -> new ArrayList<>()).add(d);
      }
    }
    java.util.Set<Long> pairs = new java.util.HashSet<>();
    Map<Integer, Double> acc = new HashMap<>();
    for (int d = 0; d < n; d++) {
      acc.clear();
      for (int i = 0; i < v.ids[d].length; i++) {
        List<Integer> docs = postings.get(v.ids[d][i]);
        if (docs == null) {
          continue;
        }
        double w = v.weights[d][i];
        for (int other : docs) {
          if (other != d) {
            acc.merge(other, w, Double::sum);
          }
        }
      }
      final int self = d;
      acc.entrySet().stream()
          .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
          .limit(config.neighbours())
          .forEach(e -> pairs.add(key(self, e.getKey(), n)));
    }
    addBands(fps, n, pairs);
    long[] out = pairs.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(out);
    return out;
  }

  private static int[] topFeatures(WeightedVectors v, int d, int k, int maxPostings) {
    int[] ids = v.ids[d];
    float[] w = v.weights[d];
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < ids.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Float.compare(w[b], w[a]));
    int[] out = new int[Math.min(k, ids.length)];
    int m = 0;
    for (int i = 0; i < order.length && m < out.length; i++) {
      int df = v.df(ids[order[i]]);
      if (df >= 2 && df <= maxPostings) {
        out[m++] = ids[order[i]];
      }
    }
    return Arrays.copyOf(out, m);
  }

  /** Articles agreeing on all rows of a band are near-copies (Jaccard above about 0.6). */
  private static void addBands(List<Fingerprint> fps, int n, java.util.Set<Long> pairs) {
    int rows = fps.isEmpty() ? 0 : fps.get(0).minhash().length / BANDS;
    if (rows == 0) {
      return;
    }
    for (int b = 0; b < BANDS; b++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int d = 0; d < n; d++) {
        int[] sig = fps.get(d).minhash();
        if (sig[0] == Integer.MAX_VALUE) {
          continue; // no words
        }
        long h = b;
        for (int r = 0; r < rows; r++) {
          h = h * 0x9E3779B97F4A7C15L + sig[b * rows + r];
        }
        buckets.computeIfAbsent(h, x -> new ArrayList<>()).add(d);
      }
      for (List<Integer> bucket : buckets.values()) {
        if (bucket.size() < 2 || bucket.size() > 200) {
          continue;
        }
        for (int i = 0; i < bucket.size(); i++) {
          for (int j = i + 1; j < bucket.size(); j++) {
            pairs.add(key(bucket.get(i), bucket.get(j), n));
          }
        }
      }
    }
  }

  static long key(int a, int b, int n) {
    return a < b ? (long) a * n + b : (long) b * n + a;
  }
}
