package org.storyfold.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.storyfold.fingerprint.Fingerprint;

/**
 * TF-IDF vectors of a batch: feature weight (1 + ln count) x idf x the boost of its kind (names and
 * numbers tell same-kind events apart, so they weigh more than words), scaled to unit length. The idf
 * comes from the batch itself, which is what makes a word like "earthquake" cheap in a batch of
 * earthquakes.
 *
 * <p>Feature hashes are renumbered 0..V-1 for the batch (in order of hash, so each vector stays
 * sorted), so that document frequencies are an {@code int[]} and a group's sum vector can be
 * scattered into a dense {@code float[V]} against which other vectors are dotted in O(their length).
 */
final class WeightedVectors {
  final int size;
  /** Distinct features of the batch (V). */
  final int vocabulary;
  /** Per article, sorted dense feature numbers. */
  final int[][] ids;
  final float[][] weights;
  private final int[] df;
  /** The batch this one is part of (its frequencies and chance level), or null: this batch is whole. */
  private final PairScorer whole;

  WeightedVectors(List<Fingerprint> fps, ClusterConfig config) {
    this(fps, config, null);
  }

  /**
   * With {@code whole} not null, the articles are a part of a larger batch (a Spark component) and are
   * weighted, indexed and judged by that batch's frequencies and chance similarity, as in it.
   */
  WeightedVectors(List<Fingerprint> fps, ClusterConfig config, PairScorer whole) {
    this.whole = whole;
    size = fps.size();
    int[] hashes = distinctFeatures(fps);
    vocabulary = hashes.length;
    df = new int[vocabulary];
    ids = new int[size][];
    // Each article's row is its own (the counts are summed after, in one thread), so rows are spread
    // over the cores with the same result.
    IntStream.range(0, size).parallel().forEach(d -> {
      int[] f = fps.get(d).features();
      int[] local = new int[f.length];
      for (int i = 0; i < f.length; i++) {
        local[i] = Arrays.binarySearch(hashes, f[i]);
      }
      ids[d] = local;
    });
    for (int[] local : ids) {
      for (int id : local) {
        df[id]++;
      }
    }
    weights = new float[size][];
    double n = size;
    IntStream.range(0, size).parallel().forEach(d -> {
      int[] local = ids[d];
      weights[d] = whole != null ? whole.weights(fps.get(d)) : unitWeights(fps.get(d), config, n, i -> df[local[i]]);
    });
    if (whole != null) {
      for (int f = 0; f < vocabulary; f++) {
        df[f] = whole.frequency(hashes[f]);
      }
    }
  }

  /** The sorted distinct feature hashes of a batch (each fingerprint's features are sorted already). */
  private static int[] distinctFeatures(List<Fingerprint> fps) {
    int total = 0;
    for (Fingerprint f : fps) {
      total += f.features().length;
    }
    int[] all = new int[total];
    int k = 0;
    for (Fingerprint f : fps) {
      System.arraycopy(f.features(), 0, all, k, f.features().length);
      k += f.features().length;
    }
    Arrays.sort(all);
    int m = 0;
    for (int i = 0; i < all.length; i++) {
      if (m == 0 || all[i] != all[m - 1]) {
        all[m++] = all[i];
      }
    }
    return Arrays.copyOf(all, m);
  }

  /** Cosine of two unit vectors. */
  double cosine(int a, int b) {
    return dot(ids[a], weights[a], ids[b], weights[b]);
  }

  /**
   * Dot product of two sparse vectors with sorted ids: a linear merge when they are of like size,
   * binary search of the short one's ids in the long one when one is far longer.
   */
  static double dot(int[] x, float[] wx, int[] y, float[] wy) {
    if (x.length > y.length) {
      return dot(y, wy, x, wx);
    }
    double dot = 0;
    if ((long) x.length * 16 < y.length) {
      int from = 0;
      for (int i = 0; i < x.length && from < y.length; i++) {
        int at = Arrays.binarySearch(y, from, y.length, x[i]);
        if (at >= 0) {
          dot += wx[i] * wy[at];
          from = at + 1;
        } else {
          from = -at - 1;
        }
      }
      return dot;
    }
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        dot += wx[i++] * wy[j++];
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** Dot product of a sparse vector with a dense one. */
  static double dot(int[] x, float[] wx, float[] dense) {
    double dot = 0;
    for (int i = 0; i < x.length; i++) {
      dot += wx[i] * dense[x[i]];
    }
    return dot;
  }

  /**
   * The similarity two unrelated articles of this batch have by chance: the mean cosine over random
   * pairs (all pairs when the batch is small; seeded, so runs repeat).
   */
  /** Articles of the whole batch: this one's, or the larger batch's it is part of (its frequencies count those). */
  long batchSize() {
    return whole != null ? whole.batchSize() : size;
  }

  double noise() {
    if (whole != null && !Double.isNaN(whole.noise())) {
      return whole.noise();
    }
    if (size < 2) {
      return 0;
    }
    long all = (long) size * (size - 1) / 2;
    double sum = 0;
    int count = 0;
    if (all <= 20_000) {
      for (int a = 0; a < size; a++) {
        for (int b = a + 1; b < size; b++) {
          sum += cosine(a, b);
          count++;
        }
      }
    } else {
      java.util.SplittableRandom random = new java.util.SplittableRandom(42);
      while (count < 20_000) {
        int a = random.nextInt(size);
        int b = random.nextInt(size);
        if (a != b) {
          sum += cosine(a, b);
          count++;
        }
      }
    }
    return sum / count;
  }

  /** In how many articles of the batch a feature (dense number) occurs. */
  int df(int feature) {
    return df[feature];
  }

  /**
   * An article's weights, parallel to its features: (1 + ln tf) x idf x the kind's boost (names and
   * numbers weigh more), scaled to unit length. The one weighting of the batch, the stream
   * ({@link OnlineClusterer}) and the Spark job ({@link PairScorer}); only where the document
   * frequencies come from differs.
   *
   * @param n  the number of documents the frequencies were counted over
   * @param df the document frequency of the article's i-th feature
   */
  static float[] unitWeights(Fingerprint f, ClusterConfig config, double n, java.util.function.IntUnaryOperator df) {
    float[] w = new float[f.features().length];
    double norm = 0;
    for (int i = 0; i < w.length; i++) {
      double idf = Math.log((n + 1) / (df.applyAsInt(i) + 1)) + 1;
      double boost = switch (f.kinds()[i]) {
        case Fingerprint.NAME, Fingerprint.PLACE -> config.nameWeight();
        case Fingerprint.NUMBER -> config.numberWeight();
        default -> 1.0;
      };
      double v = (1 + Math.log(f.counts()[i])) * idf * boost;
      w[i] = (float) v;
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < w.length; i++) {
        w[i] /= (float) norm;
      }
    }
    return w;
  }
}
