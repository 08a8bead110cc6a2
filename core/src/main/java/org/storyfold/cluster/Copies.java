package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.List;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The texts of a topic: its articles with copies of one text (a wire story run by several sites, lightly
 * edited) taken together. Two articles are copies when their MinHash signatures estimate a Jaccard
 * resemblance of word shingles of at least {@link #RESEMBLANCE} (Broder 1997); copies of copies join,
 * but never into a text whose dated articles lie further apart than the window (a re-run months later,
 * even through an undated copy, is another text).
 *
 * <p>Why the refine pass needs this: it judges parts by how many articles they hold ({@code minPart})
 * and weighs words by how many articles of the topic use them. Both counted a text once per site that
 * ran it, so one stray article run by three sites became a "part" of its own, and its words looked common.
 * On crawl-like batches ({@code bench/scripts/crawl_corpus.py ../shared/eval/ecbplus/docs.jsonl OUT
 * --articles 5000}: ECB+ events, each article also run as one to three wire copies three times in ten,
 * then {@code storyfold eval clusters OUT}) this split 142 of 273 events into pure pieces of three or four
 * articles. Counted once per text, a topic and the same topic with every article run three times are
 * refined alike (the topic pass still counts every copy).
 *
 * <p>Other articles of one event share few shingles, lightly edited copies most; 0.5 lies between. On
 * the first 3,000 articles of that crawl-like batch, 93% of the 1,856 pairs of copies had an estimated
 * resemblance of 0.7 or more and 16 were under 0.5 (short articles that lost a sentence), while 34 of
 * 27,489 pairs of other articles of one event reached 0.5; those are articles that ECB+ itself holds
 * twice, from two outlets (31 of its 5,568 same-event pairs reach 0.5, 14 of them 0.8).
 */
final class Copies {
  /** Estimated shingle resemblance from which two articles are copies of one text. */
  static final double RESEMBLANCE = 0.5;

  private Copies() {}

  /**
   * Positions into {@code sub} grouped by text: each group ascending, groups in the order of their first
   * member (its representative), so that a topic without copies gives one group per article, in order.
   *
   * @param spans  time spans (epoch seconds, low and high) parallel to {@code sub}, {@link AverageLink#UNKNOWN}
   *               when undated; or null when none is dated
   * @param maxGap how far apart two dated articles of one text may lie
   */
  static List<List<Integer>> of(List<Fingerprint> sub, long[][] spans, long maxGap) {
    Union union = new Union(sub, spans, maxGap);
    int n = sub.size();
    if (n <= Clusterer.MAX_ALL_PAIRS_TOPIC) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          union.joinIfCopies(i, j);
        }
      }
    } else {
      // A large topic: each article of a band's bucket is checked against a few anchors of the bucket
      // (the first articles that joined none), so that a text run by thousands of sites costs a pass,
      // not all its pairs. A pair of resemblance 0.5 shares a band 64% of the time, and chains of copies
      // join through the other bands, so few copies are missed.
      int[] anchors = new int[ANCHORS];
      CandidateIndex.forEachBandBucket(sub, (docs, from, to) -> {
        int a = 0;
        for (int k = from; k < to; k++) {
          boolean joined = false;
          for (int x = 0; x < a && !joined; x++) {
            joined = union.joinIfCopies(anchors[x], docs[k]);
          }
          if (!joined && a < ANCHORS) {
            anchors[a++] = docs[k];
          }
        }
      });
    }
    List<List<Integer>> texts = new ArrayList<>();
    int[] textOf = new int[n];
    for (int i = 0; i < n; i++) {
      int root = union.root(i);
      if (root == i) {
        textOf[i] = texts.size();
        texts.add(new ArrayList<>());
      }
      // The root is the group's smallest position (joins keep the smaller root), so it was met first.
      texts.get(textOf[root]).add(i);
    }
    return texts;
  }

  /** Articles checked against each band bucket's anchors in a large topic. */
  private static final int ANCHORS = 4;

  /**
   * Union-find over a topic's articles, each group keeping the latest start and the earliest end of its
   * dated articles: a join is refused when some two dated articles of the joined group would lie further
   * apart than the window (the same test as the grouping's for two articles).
   */
  private static final class Union {
    final int[] parent;
    final long[] latestStart;
    final long[] earliestEnd;
    final List<Fingerprint> sub;
    final long maxGap;

    Union(List<Fingerprint> sub, long[][] spans, long maxGap) {
      int n = sub.size();
      this.sub = sub;
      this.maxGap = maxGap;
      parent = new int[n];
      latestStart = new long[n];
      earliestEnd = new long[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        latestStart[i] = spans == null ? AverageLink.UNKNOWN : spans[0][i];
        earliestEnd[i] = spans == null ? AverageLink.UNKNOWN : spans[1][i];
      }
    }

    boolean joinIfCopies(int i, int j) {
      Fingerprint a = sub.get(i);
      Fingerprint b = sub.get(j);
      if (wordless(a) || wordless(b) || a.minhashSimilarity(b) < RESEMBLANCE) {
        return false;
      }
      int ri = root(i);
      int rj = root(j);
      if (ri == rj) {
        return true;
      }
      // The group's latest start and earliest end stand for all its dated articles: every two of them lie
      // within the window exactly when these two do.
      if (!AverageLink.withinWindow(latestStart[ri], earliestEnd[ri], latestStart[rj], earliestEnd[rj], maxGap)) {
        return false;
      }
      int keep = Math.min(ri, rj);
      int gone = Math.max(ri, rj);
      parent[gone] = keep;
      if (latestStart[keep] == AverageLink.UNKNOWN) {
        latestStart[keep] = latestStart[gone];
        earliestEnd[keep] = earliestEnd[gone];
      } else if (latestStart[gone] != AverageLink.UNKNOWN) {
        latestStart[keep] = Math.max(latestStart[keep], latestStart[gone]);
        earliestEnd[keep] = Math.min(earliestEnd[keep], earliestEnd[gone]);
      }
      return true;
    }

    int root(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }
  }

  /**
   * An article without words is a copy of nothing: its signature is empty, or unfilled ({@link
   * Integer#MAX_VALUE}; the fingerprinter fills every bin when a text has a word, so the first tells).
   */
  private static boolean wordless(Fingerprint f) {
    return f.minhash().length == 0 || f.minhash()[0] == Integer.MAX_VALUE;
  }

}
