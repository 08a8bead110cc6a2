package org.storyfold.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * A sparse vector over feature hashes (sorted ascending): one article's unit vector, or a story's sum
 * of them, for {@link OnlineClusterer}.
 */
record Vec(int[] ids, float[] weights) {
  double dot(Vec o) {
    return WeightedVectors.dot(ids, weights, o.ids, o.weights);
  }

  /** The sum of vectors (each sorted by feature). */
  static Vec sumOf(List<Vec> vectors) {
    int total = 0;
    for (Vec v : vectors) {
      total += v.ids.length;
    }
    // Sorted by feature with the entry's place in the low bits: one sort, then runs are summed.
    long[] keyed = new long[total];
    float[] w = new float[total];
    int k = 0;
    for (Vec v : vectors) {
      for (int j = 0; j < v.ids.length; j++, k++) {
        keyed[k] = ((long) v.ids[j] << 32) | k;
        w[k] = v.weights[j];
      }
    }
    Arrays.sort(keyed);
    int[] ids = new int[total];
    float[] sums = new float[total];
    int m = 0;
    for (long key : keyed) {
      int id = (int) (key >> 32);
      float value = w[(int) key];
      if (m > 0 && ids[m - 1] == id) {
        sums[m - 1] += value;
      } else {
        ids[m] = id;
        sums[m++] = value;
      }
    }
    return new Vec(Arrays.copyOf(ids, m), Arrays.copyOf(sums, m));
  }

  /** This vector plus another: a merge of two sorted lists. */
  Vec plus(Vec o) {
    int[] outIds = new int[ids.length + o.ids.length];
    float[] outW = new float[outIds.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < ids.length || j < o.ids.length) {
      if (j >= o.ids.length || (i < ids.length && ids[i] < o.ids[j])) {
        outIds[k] = ids[i];
        outW[k++] = weights[i++];
      } else if (i >= ids.length || o.ids[j] < ids[i]) {
        outIds[k] = o.ids[j];
        outW[k++] = o.weights[j++];
      } else {
        outIds[k] = ids[i];
        outW[k++] = weights[i++] + o.weights[j++];
      }
    }
    return new Vec(Arrays.copyOf(outIds, k), Arrays.copyOf(outW, k));
  }
}
