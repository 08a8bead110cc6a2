package org.storyfold.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.fingerprint.Fingerprint;

/**
 * TF-IDF vectors of a batch: feature weight (1 + ln count) x idf x the boost of its kind (names and
 * numbers tell same-kind events apart, so they weigh more than words), scaled to unit length. The idf
 * comes from the batch itself, which is what makes a word like "earthquake" cheap in a batch of
 * earthquakes.
 */
final class WeightedVectors {
  final int size;
  final int[][] ids;
  final float[][] weights;
  final Map<Integer, Integer> df;

  WeightedVectors(List<Fingerprint> fps, ClusterConfig config) {
    size = fps.size();
    df = new HashMap<>();
    for (Fingerprint f : fps) {
      for (int id : f.features()) {
        df.merge(id, 1, Integer::sum);
      }
    }
    ids = new int[size][];
    weights = new float[size][];
    double n = size;
    for (int d = 0; d < size; d++) {
      Fingerprint f = fps.get(d);
      int[] fid = f.features();
      float[] w = new float[fid.length];
      double norm = 0;
      for (int i = 0; i < fid.length; i++) {
        double idf = Math.log((n + 1) / (df.get(fid[i]) + 1)) + 1;
        double boost = switch (f.kinds()[i]) {
          case Fingerprint.NAME -> config.nameWeight();
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
      ids[d] = fid;
      weights[d] = w;
    }
  }

  /** Cosine of two unit vectors. */
  double cosine(int a, int b) {
    return dot(ids[a], weights[a], ids[b], weights[b]);
  }

  /**
   * Dot product of two sparse vectors with sorted ids: a linear merge when they are of like size,
   * binary search of the short one's ids in the long one when one is far longer (a story's sum
   * vector against one article's).
   */
  static double dot(int[] x, float[] wx, int[] y, float[] wy) {
    if (x.length > y.length) {
      return dot(y, wy, x, wx);
    }
    double dot = 0;
    if ((long) x.length * 16 < y.length) {
      int from = 0;
      for (int i = 0; i < x.length && from < y.length; i++) {
        int at = java.util.Arrays.binarySearch(y, from, y.length, x[i]);
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

  /**
   * The similarity two unrelated articles of this batch have by chance: the mean cosine over random
   * pairs (all pairs when the batch is small; seeded, so runs repeat).
   */
  double noise() {
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

  int df(int feature) {
    return df.getOrDefault(feature, 0);
  }
}
