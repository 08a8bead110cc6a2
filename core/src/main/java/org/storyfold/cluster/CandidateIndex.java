package org.storyfold.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.storyfold.fingerprint.Fingerprint;
import org.storyfold.fingerprint.Fingerprinter;

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
    // Frequencies are the whole batch's (a Spark component is judged as in one run), so is the 1%.
    int maxPostings = (int) Math.max(config.maxPostings(), Math.ceil(v.batchSize() * 0.01));
    // Each article's work below reads shared arrays and writes only its own row, so the articles are
    // spread over the cores; the rows are joined in article order, so the pairs do not depend on it.
    int[][] top = new int[n][];
    IntStream.range(0, n).parallel().forEach(d -> top[d] = topFeatures(v, d, config.topFeatures(), maxPostings));
    int[] start = new int[v.vocabulary + 1];
    for (int d = 0; d < n; d++) {
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
    int[][] nearest = new int[n][];
    ThreadLocal<Scores> scratch = ThreadLocal.withInitial(() -> new Scores(n));
    IntStream.range(0, n).parallel().forEach(d -> {
      Scores s = scratch.get();
      double[] acc = s.acc;
      int[] touched = s.touched;
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
      nearest[d] = best(acc, touched, t, config.neighbours());
      for (int k = 0; k < t; k++) {
        acc[touched[k]] = 0;
      }
    });
    Pairs pairs = new Pairs();
    for (int d = 0; d < n; d++) {
      for (int other : nearest[d]) {
        pairs.add(key(d, other, n));
      }
    }
    addBands(fps, n, pairs);
    return pairs.sortedDistinct();
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
    return heaviest(v.ids[d], v.weights[d], k, v::df, maxPostings);
  }

  /**
   * The {@code k} heaviest of an article's features that are in 2 to {@code cap} articles, heaviest first
   * (ties: the lower index first). The one rule for the engine's index and the Spark job's band keys
   * ({@link PairScorer#indexKeys}), so that both index the same features.
   */
  static int[] heaviest(int[] features, float[] w, int k, java.util.function.IntUnaryOperator df, int cap) {
    long[] order = new long[features.length];
    for (int i = 0; i < features.length; i++) {
      // Weights are positive floats: their bits sort as they do.
      order[i] = ((long) Float.floatToIntBits(w[i]) << 32) | (~i & 0xFFFFFFFFL); // ties: lower index first
    }
    Arrays.sort(order);
    int[] out = new int[Math.min(k, features.length)];
    int m = 0;
    for (int i = order.length - 1; i >= 0 && m < out.length; i--) {
      int f = features[~(int) order[i]];
      int count = df.applyAsInt(f);
      if (count >= 2 && count <= cap) {
        out[m++] = f;
      }
    }
    return Arrays.copyOf(out, m);
  }

  /** Articles agreeing on all rows of a band ({@link #forEachBandBucket}) are candidates, in buckets of up to 200. */
  private static void addBands(List<Fingerprint> fps, int n, Pairs pairs) {
    forEachBandBucket(fps, (docs, from, to) -> {
      if (to - from <= 200) {
        for (int i = from; i < to; i++) {
          for (int j = i + 1; j < to; j++) {
            pairs.add(key(docs[i], docs[j], n));
          }
        }
      }
    });
  }

  /** A run of articles ({@code docs[from..to)}, positions in the list given) agreeing on all rows of one band. */
  @FunctionalInterface
  interface BandBucket {
    void accept(int[] docs, int from, int to);
  }

  /**
   * Each bucket of two or more articles that agree on all rows of one of {@link #BANDS} MinHash bands:
   * near-copies (a pair of resemblance 0.5 shares some band 64% of the time, of 0.6 89%, of 0.8 all but
   * always). A band's buckets are runs of equal keys after one sort of (key, article) rows, rather than a
   * map of boxed lists. Articles without words, or without a whole signature, are in none.
   */
  static void forEachBandBucket(List<Fingerprint> fps, BandBucket out) {
    int n = fps.size();
    int rows = Fingerprinter.MINHASH_SIZE / BANDS;
    long[] keys = new long[n];
    int[] docs = new int[n];
    for (int b = 0; b < BANDS; b++) {
      int m = 0;
      for (int d = 0; d < n; d++) {
        int[] sig = fps.get(d).minhash();
        if (sig.length < BANDS * rows || sig[0] == Integer.MAX_VALUE) {
          continue;
        }
        long h = b;
        for (int r = 0; r < rows; r++) {
          h = h * 0x9E3779B97F4A7C15L + sig[b * rows + r];
        }
        keys[m] = h;
        docs[m++] = d;
      }
      sortByKey(keys, docs, 0, m);
      for (int from = 0; from < m; ) {
        int to = from + 1;
        while (to < m && keys[to] == keys[from]) {
          to++;
        }
        if (to - from >= 2) {
          out.accept(docs, from, to);
        }
        from = to;
      }
    }
  }

  /**
   * Sorts rows [from, to) by key. The order within a run of equal keys is the sort's own, the same on
   * every run: band pairs are sorted after, and {@link Copies} takes a run's first articles as anchors.
   */
  private static void sortByKey(long[] keys, int[] docs, int from, int to) {
    while (to - from > 16) {
      long pivot = keys[(from + to) >>> 1];
      int i = from;
      int j = to - 1;
      while (i <= j) {
        while (keys[i] < pivot) {
          i++;
        }
        while (keys[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long k = keys[i];
          keys[i] = keys[j];
          keys[j] = k;
          int d = docs[i];
          docs[i++] = docs[j];
          docs[j--] = d;
        }
      }
      if (j - from < to - i) { // recurse into the smaller side, loop on the larger
        sortByKey(keys, docs, from, j + 1);
        from = i;
      } else {
        sortByKey(keys, docs, i, to);
        to = j + 1;
      }
    }
    for (int i = from + 1; i < to; i++) {
      long k = keys[i];
      int d = docs[i];
      int j = i - 1;
      while (j >= from && keys[j] > k) {
        keys[j + 1] = keys[j];
        docs[j + 1] = docs[j];
        j--;
      }
      keys[j + 1] = k;
      docs[j + 1] = d;
    }
  }

  /** One thread's partial scores over the batch, zero except while an article is scored. */
  private static final class Scores {
    final double[] acc;
    final int[] touched;

    Scores(int n) {
      acc = new double[n];
      touched = new int[n];
    }
  }

  /** Pair keys as they come, duplicates and all, sorted and made distinct once at the end. */
  private static final class Pairs {
    private long[] keys = new long[1024];
    private int size;

    void add(long key) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
      }
      keys[size++] = key;
    }

    long[] sortedDistinct() {
      Arrays.sort(keys, 0, size);
      int m = 0;
      for (int i = 0; i < size; i++) {
        if (m == 0 || keys[i] != keys[m - 1]) {
          keys[m++] = keys[i];
        }
      }
      return Arrays.copyOf(keys, m);
    }
  }

  static long key(int a, int b, int n) {
    return a < b ? (long) a * n + b : (long) b * n + a;
  }
}
