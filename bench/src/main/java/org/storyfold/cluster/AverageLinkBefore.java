package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The benchmark's peer: {@link AverageLink} as it was before its structures went primitive (a
 * {@code HashSet<Integer>} of neighbours per group, {@code List<Integer>} members, a
 * {@code PriorityQueue} of merge records), kept verbatim (but for its dense vector, core's
 * {@link Scatter}, the same code) so that {@code AverageLinkBenchmark} measures
 * the change on the same vectors and candidate pairs.
 *
 * <p>Agglomerative clustering with average linkage, stopped at a threshold rather than at a number of
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
 *
 * <p>Each group keeps the span of its known times as two longs, so the time check of a merge is two
 * comparisons; a merge whose mean lies in the batch's noise band is confirmed by {@link Confirm} only
 * when it reaches the head of the queue, so the costly judge is asked about merges that would happen.
 */
final class AverageLinkBefore {
  /** Judges a merge whose similarity lies in the noise band (the lead vectors agree, say). */
  interface Confirm {
    boolean confirms(List<Integer> a, List<Integer> b);
  }

  /** No time is known. */
  static final long UNKNOWN = Long.MIN_VALUE;

  private final WeightedVectors vectors;
  private final double threshold;
  private final double sure;
  private final Confirm confirm;
  private final long[] first;
  private final long[] last;
  private final long maxGap;

  /**
   * @param spans   each item's earliest and latest time in seconds since the epoch ({@link #UNKNOWN} when
   *                not known), or null when no item has one
   * @param maxGap  groups whose time spans lie further apart than this many seconds never merge
   * @param sure    merges at or above this mean need no confirmation
   */
  AverageLinkBefore(WeightedVectors vectors, double threshold, long[][] spans, long maxGap, double sure, Confirm confirm) {
    this.vectors = vectors;
    this.threshold = threshold;
    this.sure = sure;
    this.confirm = confirm;
    this.first = spans == null ? null : spans[0].clone();
    this.last = spans == null ? null : spans[1].clone();
    this.maxGap = maxGap;
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
    Scatter dense = new Scatter(vectors.vocabulary);
    for (long p : pairs) { // sorted, so each a comes in one run and is scattered once
      int a = (int) (p / n);
      int b = (int) (p % n);
      links.get(a).add(b);
      links.get(b).add(a);
      dense.hold(a, sumIds[a], sumWeights[a]);
      offer(queue, a, b, dense, sumIds, sumWeights, members, version);
    }
    while (!queue.isEmpty()) {
      Merge m = queue.poll();
      if (members.get(m.a) == null || members.get(m.b) == null
          || version[m.a] != m.versionA || version[m.b] != m.versionB) {
        continue; // stale: a side has merged since this was queued
      }
      if (m.mean < sure && confirm != null && !confirm.confirms(members.get(m.a), members.get(m.b))) {
        continue;
      }
      int keep = members.get(m.a).size() >= members.get(m.b).size() ? m.a : m.b;
      int gone = keep == m.a ? m.b : m.a;
      add(keep, gone, sumIds, sumWeights);
      sumIds[gone] = null;
      sumWeights[gone] = null;
      members.get(keep).addAll(members.get(gone));
      members.set(gone, null);
      widen(keep, gone);
      Set<Integer> neighbours = links.get(keep);
      neighbours.addAll(links.get(gone));
      neighbours.remove(keep);
      neighbours.remove(gone);
      links.set(gone, null);
      version[keep]++;
      dense.hold(-1, null, null);
      dense.hold(keep, sumIds[keep], sumWeights[keep]);
      for (int x : neighbours) {
        Set<Integer> other = links.get(x);
        other.remove(gone);
        other.add(keep);
        offer(queue, keep, x, dense, sumIds, sumWeights, members, version);
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

  /** Queues the merge of a (whose sum vector {@code dense} holds) with b when it passes the threshold. */
  private void offer(PriorityQueue<Merge> queue, int a, int b, Scatter dense, int[][] ids, float[][] weights,
                     List<List<Integer>> members, int[] version) {
    if (!timesAllow(a, b)) {
      return;
    }
    double mean = WeightedVectors.dot(ids[b], weights[b], dense.values)
        / ((double) members.get(a).size() * members.get(b).size());
    if (mean >= threshold) {
      queue.add(new Merge(mean, a, b, version[a], version[b]));
    }
  }

  /** Two groups whose time spans lie more than {@code maxGap} apart are different events. */
  private boolean timesAllow(int a, int b) {
    if (first == null || first[a] == UNKNOWN || first[b] == UNKNOWN) {
      return true;
    }
    return Math.max(first[a], first[b]) - Math.min(last[a], last[b]) <= maxGap;
  }

  private void widen(int keep, int gone) {
    if (first == null || first[gone] == UNKNOWN) {
      return;
    }
    if (first[keep] == UNKNOWN) {
      first[keep] = first[gone];
      last[keep] = last[gone];
    } else {
      first[keep] = Math.min(first[keep], first[gone]);
      last[keep] = Math.max(last[keep], last[gone]);
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
    ids[into] = Arrays.copyOf(outIds, k);
    weights[into] = Arrays.copyOf(outW, k);
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
