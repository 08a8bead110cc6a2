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
    int[][] top = new int[n][];
    int[] start = new int[v.vocabulary + 1];
    for (int d = 0; d < n; d++) {
      top[d] = topFeatures(v, d, config.topFeatures(), maxPostings);
      for (int f : top[d]) {
        start[f + 1]++;
      }
    }
    for (int f = 0; f < v.vocabulary; f++) {
      start[f + 1] += start[f];
    }
    // Postings as one array (compressed rows): the articles of feature f are docs[start[f]..start[f+1]).
    int[] docs = new int[start[v.vocabulary]];
    int[] fill = Arrays.copyOf(start, v.vocabulary);
    for (int d = 0; d < n; d++) {
      for (int f : top[d]) {
        docs[fill[f]++] = d;
      }
    }
    java.util.Set<Long> pairs = new java.util.HashSet<>();
    double[] acc = new double[n];
    int[] touched = new int[n];
    for (int d = 0; d < n; d++) {
      int t = 0;
      for (int i = 0; i < v.ids[d].length; i++) {
        int f = v.ids[d][i];
        double w = v.weights[d][i];
        for (int k = start[f]; k < start[f + 1]; k++) {
          int other = docs[k];
          if (other != d) {
            if (acc[other] == 0) {
              touched[t++] = other;
            }
            acc[other] += w;
          }
        }
      }
      for (int other : best(acc, touched, t, config.neighbours())) {
        pairs.add(key(d, other, n));
      }
      for (int k = 0; k < t; k++) {
        acc[touched[k]] = 0;
      }
    }
    addBands(fps, n, pairs);
    long[] out = pairs.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(out);
    return out;
  }

  /** The {@code k} touched articles of highest partial score (all of them when there are few). */
  private static int[] best(double[] acc, int[] touched, int t, int k) {
    if (t <= k) {
      return Arrays.copyOf(touched, t);
    }
    long[] keyed = new long[t];
    for (int i = 0; i < t; i++) {
      // Scores are positive, so their bits sort as they do; the article rides in the low bits' place.
      keyed[i] = Double.doubleToLongBits(acc[touched[i]]) & ~0xFFFFFFFFL | (0xFFFFFFFFL - touched[i]);
    }
    Arrays.sort(keyed);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = (int) (0xFFFFFFFFL - (keyed[t - 1 - i] & 0xFFFFFFFFL));
    }
    return out;
  }

  private static int[] topFeatures(WeightedVectors v, int d, int k, int maxPostings) {
    int[] ids = v.ids[d];
    float[] w = v.weights[d];
    long[] order = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      // Weights are positive floats: their bits sort as they do.
      order[i] = ((long) Float.floatToIntBits(w[i]) << 32) | (~i & 0xFFFFFFFFL); // ties: lower index first
    }
    Arrays.sort(order);
    int[] out = new int[Math.min(k, ids.length)];
    int m = 0;
    for (int i = order.length - 1; i >= 0 && m < out.length; i--) {
      int f = ids[~(int) order[i]];
      int df = v.df(f);
      if (df >= 2 && df <= maxPostings) {
        out[m++] = f;
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
