package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Agglomerative clustering with average linkage, stopped at a threshold rather than at a number of
 * clusters (the number of stories is never known).
 *
 * <p>Average linkage (Sokal and Michener 1958, UPGMA) merges the two groups whose mean pairwise
 * similarity is highest. Unlike single linkage it cannot chain two unrelated stories through one
 * bridging article: a merge must be supported by the groups as wholes. For unit vectors under cosine,
 * the mean over all cross pairs equals the dot product of the two groups' sum vectors divided by
 * |A||B|, so it is exact, not just over candidate pairs, and costs one sparse dot product. The candidate
 * graph only says which groups are worth comparing. Written by hand because no library on Maven
 * Central does threshold-stopped average linkage over a sparse candidate graph (Smile and ELKI build
 * dense n x n matrices, which a crawl's worth of news does not fit).
 */
final class AverageLink {
  /**
   * Says whether two groups whose mean similarity passed the threshold may be one story (their dates
   * are not weeks apart; their leads agree when the similarity is within the batch's noise).
   */
  interface Compatibility {
    boolean allows(List<Integer> a, List<Integer> b, double mean);
  }

  private final WeightedVectors vectors;
  private final double threshold;
  private final Compatibility compatibility;

  AverageLink(WeightedVectors vectors, double threshold, Compatibility compatibility) {
    this.vectors = vectors;
    this.threshold = threshold;
    this.compatibility = compatibility;
  }

  /** Clusters the items of {@code vectors}, comparing only groups joined by a candidate pair. */
  List<List<Integer>> cluster(long[] pairs) {
    int n = vectors.size;
    List<Set<Integer>> links = new ArrayList<>(n);
    // Each group's sum vector as sorted ids with their weights: primitive arrays, no boxing.
    int[][] sumIds = new int[n][];
    float[][] sumWeights = new float[n][];
    List<List<Integer>> members = new ArrayList<>(n);
    int[] version = new int[n];
    for (int i = 0; i < n; i++) {
      links.add(new HashSet<>());
      sumIds[i] = vectors.ids[i];
      sumWeights[i] = vectors.weights[i];
      List<Integer> m = new ArrayList<>();
      m.add(i);
      members.add(m);
    }
    PriorityQueue<Merge> queue = new PriorityQueue<>();
    for (long p : pairs) {
      int a = (int) (p / n);
      int b = (int) (p % n);
      links.get(a).add(b);
      links.get(b).add(a);
      offer(queue, a, b, sumIds, sumWeights, members, version);
    }
    while (!queue.isEmpty()) {
      Merge m = queue.poll();
      if (members.get(m.a) == null || members.get(m.b) == null
          || version[m.a] != m.versionA || version[m.b] != m.versionB) {
        continue; // stale: a side has merged since this was queued
      }
      int keep = members.get(m.a).size() >= members.get(m.b).size() ? m.a : m.b;
      int gone = keep == m.a ? m.b : m.a;
      add(keep, gone, sumIds, sumWeights);
      sumIds[gone] = null;
      sumWeights[gone] = null;
      members.get(keep).addAll(members.get(gone));
      members.set(gone, null);
      Set<Integer> neighbours = links.get(keep);
      neighbours.addAll(links.get(gone));
      neighbours.remove(keep);
      neighbours.remove(gone);
      links.set(gone, null);
      version[keep]++;
      for (int x : neighbours) {
        Set<Integer> other = links.get(x);
        other.remove(gone);
        other.add(keep);
        offer(queue, keep, x, sumIds, sumWeights, members, version);
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (List<Integer> m : members) {
      if (m != null) {
        groups.add(m);
      }
    }
    return groups;
  }

  private void offer(PriorityQueue<Merge> queue, int a, int b, int[][] ids, float[][] weights,
                     List<List<Integer>> members, int[] version) {
    double mean = WeightedVectors.dot(ids[a], weights[a], ids[b], weights[b])
        / ((double) members.get(a).size() * members.get(b).size());
    if (mean >= threshold && compatibility.allows(members.get(a), members.get(b), mean)) {
      queue.add(new Merge(mean, a, b, version[a], version[b]));
    }
  }

  /** Adds group {@code from}'s sum vector into group {@code into}'s: a merge of two sorted lists. */
  private static void add(int into, int from, int[][] ids, float[][] weights) {
    int[] x = ids[into];
    int[] y = ids[from];
    float[] wx = weights[into];
    float[] wy = weights[from];
    int[] outIds = new int[x.length + y.length];
    float[] outW = new float[x.length + y.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < x.length || j < y.length) {
      if (j >= y.length || (i < x.length && x[i] < y[j])) {
        outIds[k] = x[i];
        outW[k++] = wx[i++];
      } else if (i >= x.length || y[j] < x[i]) {
        outIds[k] = y[j];
        outW[k++] = wy[j++];
      } else {
        outIds[k] = x[i];
        outW[k++] = wx[i++] + wy[j++];
      }
    }
    ids[into] = java.util.Arrays.copyOf(outIds, k);
    weights[into] = java.util.Arrays.copyOf(outW, k);
  }

  private record Merge(double mean, int a, int b, int versionA, int versionB) implements Comparable<Merge> {
    @Override
    public int compareTo(Merge o) {
      int c = Double.compare(o.mean, mean);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(Math.min(a, b), Math.min(o.a, o.b));
      return c != 0 ? c : Integer.compare(Math.max(a, b), Math.max(o.a, o.b));
    }
  }
}
