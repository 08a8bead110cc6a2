package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 *
 * <p>Each group keeps the span of its known times as two longs, so the time check of a merge is two
 * comparisons; a merge whose mean lies in the batch's noise band is confirmed by {@link Confirm} only
 * when it reaches the head of the queue, so the costly judge is asked about merges that would happen.
 */
final class AverageLink {
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
  AverageLink(WeightedVectors vectors, double threshold, long[][] spans, long maxGap, double sure, Confirm confirm) {
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
   * groups merged away since (each resolved through {@code into}, a union-find forest), members are a
   * linked list through {@code next}, and the queue is a binary heap over parallel arrays. Boxed sets and
   * records spent more time hashing, allocating and collecting than the dot products themselves took.
   *
   * <p><b>Lazy re-offers (why a component of near-copies is not n^2).</b> The plain algorithm re-offers
   * a merged group to all its neighbours at each merge. A component of thousands of near-copies grows one
   * group that absorbs the others one at a time, each absorption re-scoring it against every other
   * member (the Spark skew test: 100,000 boilerplate pages, more than 20 minutes and gigabytes of queued
   * offers). Here the merges are the same, in the same order, with less work, by three rules:
   * <ul>
   *   <li><i>Drift bounds.</i> The mean of groups g and h is the dot product of their centroids, so when
   *   g's centroid moves by d, the mean moves by at most d x |centroid of h| (Cauchy-Schwarz; a centroid
   *   of unit vectors is at most 1 long, {@code maxNorm}). Each group adds up how far its centroid has
   *   moved ({@code drift}); a mean computed once stays under that mean plus what both groups may still
   *   drift before they are next re-scored ({@link #TAU} each). Such a bound is queued instead of the
   *   mean, and the mean is computed when the bound reaches the head of the queue.</li>
   *   <li><i>Re-score on drift, not on merge.</i> A group re-scores all its neighbours (queues fresh
   *   bounds, a new {@code epoch}) only when its centroid has moved by {@link #TAU} since it last did. A
   *   pair of small groups moves far at each merge and is re-scored as before; a group of thousands moves
   *   by about 1/size per absorbed article, so it re-scores its neighbours a few hundred times over its
   *   life, not once per absorbed article.</li>
   *   <li><i>Small into large.</i> A merge appends the smaller neighbour list to the larger, and
   *   computes the merged group's exact means only with those of the absorbed group's neighbours that the
   *   kept group has not covered in its epoch ({@code covers}: a bit per group for large groups); pairs
   *   whose exact mean was computed since the kept group last changed ({@code parked}) are queued again
   *   as bounds, since their exact entries are now stale.</li>
   * </ul>
   * The candidate pairs start as exact means (as before); a group's first merge always re-scores it, so
   * no pair needs a bound before either side has changed. Entries that can no longer be current are
   * dropped in one pass whenever the queue has doubled.
   *
   * An exact entry at the head whose groups have not changed since is the best current pair: every other
   * current pair is covered by an exact entry, a bound, or (when its mean is below the threshold, its
   * times too far apart, or its merge declined by {@link Confirm}) a parked bound that is queued when
   * either group changes, and the queue orders all of them by key, then pair. Means are computed as before
   * (the same dot product over the same sums), the side kept is chosen as before (the larger, or on equal
   * sizes the side that changed last, or the lower number), so the groups, their numbers and their member
   * orders are those of the plain algorithm ({@code AverageLinkEager} in the bench module, compared in its
   * benchmark's main and in the tests).
   *
   * <p>Where it is still slow: bounds are loose when many pairs tie near the head (near-copies with many
   * exact duplicates), since each merge of the kept group queues its tied pairs' bounds again. Collapsing
   * identical vectors into weighted items before the link would remove that case; not done.
   */
  List<List<Integer>> cluster(long[] pairs) {
    return new Run(pairs).run();
  }

  /** Drift (in centroid length) a group may gather before it re-scores its neighbours. */
  static final double TAU = 0.02;
  /** Added to every bound, far above float rounding of a mean (about 1e-7), far below any threshold. */
  private static final double SLACK = 1e-6;

  /** One run's state: arrays over group numbers (a group is numbered by one of its articles). */
  private final class Run {
    final int n;
    final int[][] sumIds;
    final float[][] sumWeights;
    final int[] size;
    final int[] head;
    final int[] tail;
    final int[] next;
    final int[] into;
    final int[] version;
    final int[] epoch;
    final int[] changed;
    final double[] drift;
    final double[] driftRef;
    final int[][] links;
    final int[] linkCount;
    final ParkedBounds parked;
    final MergeQueue queue = new MergeQueue();
    final Scatter dense;
    final double maxNorm;
    final int[] seen;
    final int[] marked;
    /** Per group, a number for its epoch; per group, the number of the last epoch that covered it. */
    final int[] cover;
    final int[] covered;
    final long[][] coverBits;
    int covers;
    final int[] slot;
    int stamp;
    int mark;
    int clock;

    Run(long[] pairs) {
      n = vectors.size;
      sumIds = new int[n][];
      sumWeights = new float[n][];
      size = new int[n];
      head = new int[n];
      tail = new int[n];
      next = new int[n];
      into = new int[n];
      version = new int[n];
      epoch = new int[n];
      changed = new int[n];
      drift = new double[n];
      driftRef = new double[n];
      seen = new int[n];
      marked = new int[n];
      cover = new int[n];
      covered = new int[n];
      coverBits = new long[n][];
      slot = new int[n];
      parked = new ParkedBounds(n);
      dense = new Scatter(vectors.vocabulary);
      double longest = 0;
      for (int i = 0; i < n; i++) {
        sumIds[i] = vectors.ids[i];
        sumWeights[i] = vectors.weights[i];
        size[i] = 1;
        head[i] = i;
        tail[i] = i;
        next[i] = -1;
        into[i] = i;
        cover[i] = -2 - i; // epoch 0 of each group has its own number; -1 covers nothing
        covered[i] = -1;
        double norm = 0;
        for (float w : sumWeights[i]) {
          norm += (double) w * w;
        }
        longest = Math.max(longest, Math.sqrt(norm));
      }
      maxNorm = longest * (1 + 1e-6);
      int[] degree = new int[n];
      for (long p : pairs) {
        degree[(int) (p / n)]++;
        degree[(int) (p % n)]++;
      }
      links = new int[n][];
      linkCount = new int[n];
      for (int i = 0; i < n; i++) {
        links[i] = new int[degree[i]];
      }
      for (long p : pairs) { // sorted, so each a comes in one run and is scattered once
        int a = (int) (p / n);
        int b = (int) (p % n);
        links[a][linkCount[a]++] = b;
        links[b][linkCount[b]++] = a;
        dense.hold(a, sumIds[a], sumWeights[a]);
        if (timesAllow(a, b)) { // exact: the pair is covered again by the first re-score of either side
          double m = WeightedVectors.dot(sumIds[b], sumWeights[b], dense.values);
          if (m >= threshold) {
            queue.push(m, a, b, 0, 0, true);
          }
        }
      }
    }

    List<List<Integer>> run() {
      MergeQueue.Live live = (g, h, sg, sh, isExact) -> size[g] > 0 && size[h] > 0
          && (isExact ? version[g] == sg && version[h] == sh : epoch[g] == sg && epoch[h] == sh);
      while (queue.size > 0) {
        int x = queue.low();
        int y = queue.high();
        int sx = queue.stampLow();
        int sy = queue.stampHigh();
        boolean isExact = queue.exact();
        double key = queue.key();
        queue.pop();
        if (size[x] == 0 || size[y] == 0) {
          continue; // a side has merged away: the kept group's pairs were covered anew
        }
        if (!isExact) {
          if (epoch[x] == sx && epoch[y] == sy) {
            score(x, y, exactMean(x, y));
          }
          continue;
        }
        if (version[x] != sx || version[y] != sy) {
          continue; // stale: its bound went back to the queue when the side changed
        }
        // The side that changed last queued this pair in the plain algorithm; on equal sizes it is kept.
        int ma = changed[x] != changed[y] ? (changed[x] > changed[y] ? x : y) : Math.min(x, y);
        int mb = ma == x ? y : x;
        if (key < sure && confirm != null
            && !confirm.confirms(members(ma, head, next), members(mb, head, next))) {
          continue; // declined: parked, so asked again when a side changes
        }
        merge(size[ma] >= size[mb] ? ma : mb, size[ma] >= size[mb] ? mb : ma);
        queue.compact(live);
      }
      List<List<Integer>> groups = new ArrayList<>();
      for (int g = 0; g < n; g++) {
        if (size[g] > 0) {
          groups.add(members(g, head, next));
        }
      }
      return groups;
    }

    private void merge(int keep, int gone) {
      double sa = size[keep];
      double sb = size[gone];
      // How far keep's centroid moves: |sa * S - (sa + sb) * A| / (sa (sa + sb)).
      double moved = add(keep, gone, sa, sb) / (sa * (sa + sb));
      sumIds[gone] = null;
      sumWeights[gone] = null;
      next[tail[keep]] = head[gone]; // members in the order the groups had them: keep's, then gone's
      tail[keep] = tail[gone];
      size[keep] += size[gone];
      size[gone] = 0;
      into[gone] = keep;
      widen(keep, gone);
      version[keep]++;
      changed[keep] = ++clock;
      drift[keep] += moved;
      int[] goneLinks = links[gone];
      int goneCount = linkCount[gone];
      appendLinks(keep, gone);
      parked.clear(gone);
      coverBits[gone] = null;
      if (epoch[keep] == 0 || drift[keep] - driftRef[keep] > TAU) { // epoch 0: its pairs have no bounds yet
        rescore(keep);
        return;
      }
      requeueParked(keep);
      dense.hold(-1, null, null);
      dense.hold(keep, sumIds[keep], sumWeights[keep]);
      stamp++;
      seen[keep] = stamp;
      for (int k = 0; k < goneCount; k++) {
        int h = find(into, goneLinks[k]);
        if (seen[h] != stamp && !covers(keep, h)) {
          seen[h] = stamp;
          claim(keep, h);
          score(keep, h, WeightedVectors.dot(sumIds[h], sumWeights[h], dense.values) / (size[keep] * (double) size[h]));
        }
      }
    }

    /** A new epoch for g: every neighbour's mean computed and queued as a bound. */
    private void rescore(int g) {
      epoch[g]++;
      driftRef[g] = drift[g];
      cover[g] = ++covers;
      if (linkCount[g] >= Math.max(64, n / 64)) { // a large group: a bit per group, cleared per epoch
        if (coverBits[g] == null) {
          coverBits[g] = new long[(n + 63) >>> 6];
        } else {
          Arrays.fill(coverBits[g], 0);
        }
      } else {
        coverBits[g] = null;
      }
      parked.clear(g);
      dense.hold(-1, null, null);
      dense.hold(g, sumIds[g], sumWeights[g]);
      stamp++;
      seen[g] = stamp;
      int[] list = links[g];
      int count = 0;
      for (int k = 0; k < linkCount[g]; k++) {
        int h = find(into, list[k]);
        if (seen[h] != stamp) {
          seen[h] = stamp;
          list[count++] = h; // compacted in place: live groups, each once
          claim(g, h);
          double m = WeightedVectors.dot(sumIds[h], sumWeights[h], dense.values) / (size[g] * (double) size[h]);
          queueBound(g, h, m, bound(g, h, m));
        }
      }
      linkCount[g] = count;
    }

    /**
     * Whether g's pair with h has been queued or parked since g's epoch began: then h's entry in a list
     * g takes over needs no new score (g's bounds allow for its drift). A group's own bits when it is
     * large, else a last-claimant mark per group (overwritten by other claimants: then scored again).
     */
    private boolean covers(int g, int h) {
      return covered[h] == cover[g] || (coverBits[g] != null && (coverBits[g][h >>> 6] & (1L << h)) != 0);
    }

    private void claim(int g, int h) {
      covered[h] = cover[g];
      if (coverBits[g] != null) {
        coverBits[g][h >>> 6] |= 1L << h;
      }
    }

    /** The pairs g's exact entries covered, queued again as their bounds now that g has changed. */
    private void requeueParked(int g) {
      tightest(g);
      for (int k = 0; k < parked.count[g]; k++) {
        queue.push(parked.key[g][k], g, parked.other[g][k], epoch[g], parked.epoch[g][k], false);
      }
      parked.clear(g);
    }

    private void park(int g, int h, double k) {
      parked.add(g, h, k, epoch[h]);
      if (parked.count[g] > 2 * linkCount[g] + 16) {
        tightest(g);
      }
    }

    /** Compacts g's parked bounds: one per live neighbour of the same epoch, the least of its bounds. */
    private void tightest(int g) {
      int count = parked.count[g];
      int[] others = parked.other[g];
      double[] keys = parked.key[g];
      int[] epochs = parked.epoch[g];
      mark++;
      int m = 0;
      for (int k = 0; k < count; k++) {
        int h = others[k];
        if (size[h] == 0 || epoch[h] != epochs[k]) {
          continue;
        }
        if (marked[h] != mark) {
          marked[h] = mark;
          slot[h] = m;
          others[m] = h;
          epochs[m] = epochs[k];
          keys[m++] = keys[k];
        } else {
          keys[slot[h]] = Math.min(keys[slot[h]], keys[k]);
        }
      }
      parked.count[g] = m;
    }

    /** Records g and h's exact mean m: queued when it may merge, parked as a bound either way. */
    private void score(int g, int h, double m) {
      double k = bound(g, h, m);
      if (k < threshold) {
        return; // cannot reach the threshold before either side re-scores
      }
      park(g, h, k);
      park(h, g, k);
      if (m >= threshold && timesAllow(g, h)) {
        queue.push(m, g, h, version[g], version[h], true);
      }
    }

    private void queueBound(int g, int h, double m, double k) {
      if (k >= threshold) {
        queue.push(k, g, h, epoch[g], epoch[h], false);
      }
    }

    /** The most g and h's mean (now m) can reach before either re-scores its neighbours. */
    private double bound(int g, int h, double m) {
      double room = (driftRef[g] + TAU - drift[g]) + (driftRef[h] + TAU - drift[h]);
      return m + Math.max(0, room) * maxNorm + SLACK;
    }

    private double exactMean(int g, int h) {
      return WeightedVectors.dot(sumIds[g], sumWeights[g], sumIds[h], sumWeights[h]) / ((double) size[g] * size[h]);
    }

    /** Small into large: the longer neighbour list takes the shorter's entries. */
    private void appendLinks(int keep, int gone) {
      if (linkCount[gone] > linkCount[keep]) {
        int[] t = links[keep];
        links[keep] = links[gone];
        links[gone] = t;
        int c = linkCount[keep];
        linkCount[keep] = linkCount[gone];
        linkCount[gone] = c;
      }
      int total = linkCount[keep] + linkCount[gone];
      if (total > links[keep].length) {
        links[keep] = Arrays.copyOf(links[keep], Math.max(total, links[keep].length * 2));
      }
      System.arraycopy(links[gone], 0, links[keep], linkCount[keep], linkCount[gone]);
      linkCount[keep] = total;
      links[gone] = null;
      linkCount[gone] = 0;
    }

    /**
     * Adds gone's sum into keep's (a merge of two sorted lists); returns |sa * S - (sa + sb) * A|, S the
     * new sum as stored (float sums round), A keep's old one: sa (sa + sb) times how far keep's centroid
     * moved, so that the drift bounds hold for the vectors the means are computed from.
     */
    private double add(int keep, int gone, double sa, double sb) {
      int[] x = sumIds[keep];
      int[] y = sumIds[gone];
      float[] wx = sumWeights[keep];
      float[] wy = sumWeights[gone];
      int[] outIds = new int[x.length + y.length];
      float[] outW = new float[x.length + y.length];
      double total = sa + sb;
      double moved = 0;
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < x.length || j < y.length) {
        double old;
        if (j >= y.length || (i < x.length && x[i] < y[j])) {
          old = wx[i];
          outIds[k] = x[i];
          outW[k] = wx[i++];
        } else if (i >= x.length || y[j] < x[i]) {
          old = 0;
          outIds[k] = y[j];
          outW[k] = wy[j++];
        } else {
          old = wx[i];
          outIds[k] = x[i];
          outW[k] = wx[i++] + wy[j++];
        }
        double d = sa * outW[k++] - total * old;
        moved += d * d;
      }
      sumIds[keep] = Arrays.copyOf(outIds, k);
      sumWeights[keep] = Arrays.copyOf(outW, k);
      return Math.sqrt(moved) * (1 + 1e-6);
    }

    /** Two groups whose time spans lie more than {@code maxGap} apart are different events. */
    private boolean timesAllow(int a, int b) {
      return first == null || withinWindow(first[a], last[a], first[b], last[b], maxGap);
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
  }

  /**
   * The grouping's one time test: whether two spans (first and last second, first {@link #UNKNOWN} when
   * undated) lie no more than {@code maxGap} apart. An undated span is within any window.
   */
  static boolean withinWindow(long firstA, long lastA, long firstB, long lastB, long maxGap) {
    return firstA == UNKNOWN || firstB == UNKNOWN || Math.max(firstA, firstB) - Math.min(lastA, lastB) <= maxGap;
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
}
