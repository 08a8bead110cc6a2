package org.storyfold.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clustering a data scientist tries first: TF-IDF vectors (scikit-learn's defaults: raw counts,
 * smoothed IDF {@code ln((1+n)/(1+df))+1}, L2 norm), cosine similarity of every pair, and average-link
 * agglomeration (UPGMA, Sokal and Michener 1958) that stops when no two clusters are more similar than
 * {@link #THRESHOLD} on average. Merging updates similarities by the Lance-Williams rule and keeps each
 * row's best neighbour cached, so a run costs O(n^2) memory and about O(n^2) time on news batches.
 */
final class TfIdfAverageLink {
  /** Average cosine below which clusters stay apart: a common cut for TF-IDF news vectors, not tuned. */
  static final double THRESHOLD = 0.3;

  private TfIdfAverageLink() {}

  /** Groups of indices into {@code texts}; every text is in exactly one group. */
  static List<List<Integer>> cluster(List<String> texts) {
    float[][] sim = similarities(vectors(texts));
    return averageLink(sim);
  }

  /** Sparse L2-normalized TF-IDF vectors: term ids ascending, weights beside them. */
  record Vector(int[] ids, float[] weights) {}

  static List<Vector> vectors(List<String> texts) {
    Map<String, Integer> vocabulary = new HashMap<>();
    List<Map<Integer, Integer>> counts = new ArrayList<>(texts.size());
    Map<Integer, Integer> df = new HashMap<>();
    for (String text : texts) {
      Map<Integer, Integer> tf = new HashMap<>();
      for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (token.length() > 1) {
          tf.merge(vocabulary.computeIfAbsent(token, t -> vocabulary.size()), 1, Integer::sum);
        }
      }
      tf.keySet().forEach(id -> df.merge(id, 1, Integer::sum));
      counts.add(tf);
    }
    int n = texts.size();
    List<Vector> out = new ArrayList<>(n);
    for (Map<Integer, Integer> tf : counts) {
      int[] ids = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      float[] w = new float[ids.length];
      double norm = 0;
      for (int i = 0; i < ids.length; i++) {
        double idf = Math.log((1.0 + n) / (1.0 + df.get(ids[i]))) + 1;
        w[i] = (float) (tf.get(ids[i]) * idf);
        norm += w[i] * w[i];
      }
      for (int i = 0; i < w.length; i++) {
        w[i] /= (float) Math.sqrt(norm);
      }
      out.add(new Vector(ids, w));
    }
    return out;
  }

  static float[][] similarities(List<Vector> v) {
    int n = v.size();
    float[][] sim = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = sim[j][i] = dot(v.get(i), v.get(j));
      }
    }
    return sim;
  }

  private static float dot(Vector a, Vector b) {
    float s = 0;
    int i = 0;
    int j = 0;
    while (i < a.ids.length && j < b.ids.length) {
      int c = Integer.compare(a.ids[i], b.ids[j]);
      if (c == 0) {
        s += a.weights[i++] * b.weights[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }

  /** Average-link agglomeration over a similarity matrix, which it overwrites. */
  static List<List<Integer>> averageLink(float[][] sim) {
    int n = sim.length;
    boolean[] active = new boolean[n];
    Arrays.fill(active, true);
    int[] size = new int[n];
    Arrays.fill(size, 1);
    int[] parent = new int[n];
    int[] best = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      best[i] = bestOf(sim, active, i);
    }
    while (true) {
      int a = -1;
      for (int i = 0; i < n; i++) {
        if (active[i] && best[i] >= 0 && (a < 0 || sim[i][best[i]] > sim[a][best[a]])) {
          a = i;
        }
      }
      if (a < 0 || sim[a][best[a]] < THRESHOLD) {
        break;
      }
      int b = best[a];
      for (int k = 0; k < n; k++) {
        if (active[k] && k != a && k != b) {
          sim[a][k] = sim[k][a] = (size[a] * sim[a][k] + size[b] * sim[b][k]) / (size[a] + size[b]);
        }
      }
      active[b] = false;
      parent[b] = a;
      size[a] += size[b];
      for (int k = 0; k < n; k++) {
        if (!active[k]) {
          continue;
        }
        if (k == a || best[k] == a || best[k] == b) {
          best[k] = bestOf(sim, active, k);
        } else if (sim[k][a] > sim[k][best[k]]) {
          best[k] = a;
        }
      }
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(groups.values());
  }

  private static int bestOf(float[][] sim, boolean[] active, int i) {
    int best = -1;
    for (int k = 0; k < sim.length; k++) {
      if (k != i && active[k] && (best < 0 || sim[i][k] > sim[i][best])) {
        best = k;
      }
    }
    return best;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }
}
