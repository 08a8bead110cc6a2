package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The near-copies benchmark's peer: {@link AverageLink} as it was before it went lazy (every merge
 * re-offered the merged group to all its neighbours, about n^2 work on a component of near-copies),
 * kept verbatim (but for its dense vector, core's {@link Scatter}, unchanged) so that
 * {@code NearCopiesBenchmark} measures the change on the same vectors and pairs.
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
final class AverageLinkEager {
  /** Judges a merge whose similarity lies in the noise band (the lead vectors agree, say). */
  interface Confirm {
    boolean confirms(List<Integer> a, List<Integer> b);
  }

  /** No time is known. */
  static final long UNKNOWN = AverageLink.UNKNOWN;

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
  AverageLinkEager(WeightedVectors vectors, double threshold, long[][] spans, long maxGap, double sure, Confirm confirm) {
    this.vectors = vectors;
    this.threshold = threshold;
    this.sure = sure;
    this.confirm = confirm;
    this.first = spans == null ? null : spans[0].clone();
    this.last = spans == null ? null : spans[1].clone();
    this.maxGap = maxGap;
  }

  /**
   * Clusters the items of {@code vectors}, comparing only groups joined by a candidate pair.
   *
   * <p>Everything here is primitive: a group's neighbours are an int array whose entries may name
   * groups merged away since (each resolved through {@code into}, a union-find forest, and the list
   * rebuilt only when its own group merges), members are a linked list through {@code next}, and the
   * queue is a binary heap over parallel arrays. Boxed sets and records spent more time hashing,
   * allocating and collecting than the dot products themselves took.
   */
  List<List<Integer>> cluster(long[] pairs) {
    int n = vectors.size;
    // Each group's sum vector as sorted ids with their weights.
    int[][] sumIds = new int[n][];
    float[][] sumWeights = new float[n][];
    int[] size = new int[n];
    int[] head = new int[n];
    int[] tail = new int[n];
    int[] next = new int[n];
    int[] into = new int[n];
    int[] version = new int[n];
    int[] degree = new int[n];
    for (int i = 0; i < n; i++) {
      sumIds[i] = vectors.ids[i];
      sumWeights[i] = vectors.weights[i];
      size[i] = 1;
      head[i] = i;
      tail[i] = i;
      next[i] = -1;
      into[i] = i;
    }
    for (long p : pairs) {
      degree[(int) (p / n)]++;
      degree[(int) (p % n)]++;
    }
    int[][] links = new int[n][];
    int[] linkCount = new int[n];
    for (int i = 0; i < n; i++) {
      links[i] = new int[degree[i]];
    }
    Heap queue = new Heap();
    Scatter dense = new Scatter(vectors.vocabulary);
    for (long p : pairs) { // sorted, so each a comes in one run and is scattered once
      int a = (int) (p / n);
      int b = (int) (p % n);
      links[a][linkCount[a]++] = b;
      links[b][linkCount[b]++] = a;
      dense.hold(a, sumIds[a], sumWeights[a]);
      offer(queue, a, b, dense, sumIds, sumWeights, size, version);
    }
    int[] seen = new int[n];
    int stamp = 0;
    int[] merged = new int[16];
    while (queue.size > 0) {
      int ma = queue.a[0];
      int mb = queue.b[0];
      double mean = queue.mean();
      boolean current = size[ma] > 0 && size[mb] > 0 && version[ma] == queue.versionA[0]
          && version[mb] == queue.versionB[0];
      queue.pop();
      if (!current) {
        continue; // stale: a side has merged since this was queued
      }
      if (mean < sure && confirm != null
          && !confirm.confirms(members(ma, head, next), members(mb, head, next))) {
        continue;
      }
      int keep = size[ma] >= size[mb] ? ma : mb;
      int gone = keep == ma ? mb : ma;
      add(keep, gone, sumIds, sumWeights);
      sumIds[gone] = null;
      sumWeights[gone] = null;
      next[tail[keep]] = head[gone]; // members in the order the groups had them: keep's, then gone's
      tail[keep] = tail[gone];
      size[keep] += size[gone];
      size[gone] = 0;
      into[gone] = keep;
      widen(keep, gone);
      // The merged group's neighbours: both lists resolved to live groups, each once, neither side itself.
      stamp++;
      seen[keep] = stamp;
      int count = 0;
      for (int side = 0; side < 2; side++) {
        int g = side == 0 ? keep : gone;
        int[] list = links[g];
        for (int k = 0; k < linkCount[g]; k++) {
          int x = find(into, list[k]);
          if (seen[x] != stamp) {
            seen[x] = stamp;
            if (count == merged.length) {
              merged = Arrays.copyOf(merged, count * 2);
            }
            merged[count++] = x;
          }
        }
      }
      links[keep] = Arrays.copyOf(merged, count);
      linkCount[keep] = count;
      links[gone] = null;
      linkCount[gone] = 0;
      version[keep]++;
      dense.hold(-1, null, null);
      dense.hold(keep, sumIds[keep], sumWeights[keep]);
      for (int k = 0; k < count; k++) {
        offer(queue, keep, merged[k], dense, sumIds, sumWeights, size, version);
      }
    }
    List<List<Integer>> groups = new ArrayList<>();
    for (int g = 0; g < n; g++) {
      if (size[g] > 0) {
        groups.add(members(g, head, next));
      }
    }
    return groups;
  }

  /** The group a merged-away group now lies in (path halving keeps the chains short). */
  private static int find(int[] into, int g) {
    while (into[g] != g) {
      into[g] = into[into[g]];
      g = into[g];
    }
    return g;
  }

  private static List<Integer> members(int g, int[] head, int[] next) {
    List<Integer> out = new ArrayList<>();
    for (int i = head[g]; i >= 0; i = next[i]) {
      out.add(i);
    }
    return out;
  }

  /** Queues the merge of a (whose sum vector {@code dense} holds) with b when it passes the threshold. */
  private void offer(Heap queue, int a, int b, Scatter dense, int[][] ids, float[][] weights, int[] size,
                     int[] version) {
    if (!timesAllow(a, b)) {
      return;
    }
    double mean = WeightedVectors.dot(ids[b], weights[b], dense.values) / ((double) size[a] * size[b]);
    if (mean >= threshold) {
      queue.push(mean, a, b, version[a], version[b]);
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

  /**
   * Queued merges, best first: highest mean, then the lower pair of group numbers (a total order over
   * distinct pairs, so the merges come out the same whatever order they were queued in). A binary heap
   * over parallel arrays, no object per queued merge, each entry ordered by two longs: a mean is never
   * negative (a dot product of positive weights), so its bits order as it does, and the pair is its
   * lower number above its higher.
   */
  private static final class Heap {
    long[] meanBits = new long[64];
    long[] pair = new long[64];
    int[] a = new int[64];
    int[] b = new int[64];
    int[] versionA = new int[64];
    int[] versionB = new int[64];
    int size;

    double mean() {
      return Double.longBitsToDouble(meanBits[0]);
    }

    void push(double m, int x, int y, int vx, int vy) {
      if (size == meanBits.length) {
        int c = size * 2;
        meanBits = Arrays.copyOf(meanBits, c);
        pair = Arrays.copyOf(pair, c);
        a = Arrays.copyOf(a, c);
        b = Arrays.copyOf(b, c);
        versionA = Arrays.copyOf(versionA, c);
        versionB = Arrays.copyOf(versionB, c);
      }
      long bits = Double.doubleToLongBits(m + 0.0); // + 0.0: a zero is +0.0, whose bits are the least
      long p = ((long) Math.min(x, y) << 32) | Math.max(x, y);
      int i = size++;
      while (i > 0) { // sift up: parents that come after the new entry move down
        int parent = (i - 1) >>> 1;
        if (!before(bits, p, meanBits[parent], pair[parent])) {
          break;
        }
        move(parent, i);
        i = parent;
      }
      set(i, bits, p, x, y, vx, vy);
    }

    /** Removes the head. */
    void pop() {
      size--;
      if (size == 0) {
        return;
      }
      int last = size;
      long bits = meanBits[last];
      long p = pair[last];
      int i = 0;
      while (true) { // sift the last entry down from the top
        int l = 2 * i + 1;
        if (l >= size) {
          break;
        }
        int c = l + 1 < size && before(meanBits[l + 1], pair[l + 1], meanBits[l], pair[l]) ? l + 1 : l;
        if (!before(meanBits[c], pair[c], bits, p)) {
          break;
        }
        move(c, i);
        i = c;
      }
      set(i, bits, p, a[last], b[last], versionA[last], versionB[last]);
    }

    private static boolean before(long bits, long p, long otherBits, long otherPair) {
      return bits != otherBits ? bits > otherBits : p < otherPair;
    }

    private void set(int i, long bits, long p, int x, int y, int vx, int vy) {
      meanBits[i] = bits;
      pair[i] = p;
      a[i] = x;
      b[i] = y;
      versionA[i] = vx;
      versionB[i] = vy;
    }

    private void move(int from, int to) {
      set(to, meanBits[from], pair[from], a[from], b[from], versionA[from], versionB[from]);
    }
  }
}
