package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.List;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The texts of a topic: its articles with copies of one text (a wire story run by several sites, lightly
 * edited) taken together. Two articles are copies when their MinHash signatures estimate a Jaccard
 * resemblance of word shingles of at least {@link #RESEMBLANCE} (Broder 1997) and the caller lets them be
 * one text (the refine pass: when they were published within its window); copies of copies join.
 *
 * <p>Why the refine pass needs this: it judges parts by how many articles they hold ({@code minPart})
 * and weighs words by how many articles of the topic use them. Both counted a text once per site that
 * ran it, so one stray article run by three sites became a "part" of its own, and its words looked rare.
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

  /** Whether two articles (positions in the list given) may be one text at all. */
  @FunctionalInterface
  interface Allowed {
    boolean test(int a, int b);
  }

  private Copies() {}

  /**
   * Positions into {@code sub} grouped by text: each group ascending, groups in the order of their first
   * member (its representative), so that a topic without copies gives one group per article, in order.
   *
   * @param allowed which pairs may be copies at all
   */
  static List<List<Integer>> of(List<Fingerprint> sub, Allowed allowed) {
    int n = sub.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    boolean[] any = {false};
    if (n <= Clusterer.MAX_ALL_PAIRS_TOPIC) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          any[0] |= joinIfCopies(sub, allowed, parent, i, j);
        }
      }
    } else {
      // A large topic: each article of a band's bucket is checked against the bucket's first, so that a
      // text run by thousands of sites costs a pass, not all its pairs. A pair of resemblance 0.5 shares
      // a band 64% of the time, and chains of copies join through the others, so few copies are missed.
      CandidateIndex.forEachBandBucket(sub, (docs, from, to) -> {
        for (int k = from + 1; k < to; k++) {
          any[0] |= joinIfCopies(sub, allowed, parent, docs[from], docs[k]);
        }
      });
    }
    List<List<Integer>> texts = new ArrayList<>();
    if (!any[0]) {
      for (int i = 0; i < n; i++) {
        texts.add(List.of(i));
      }
      return texts;
    }
    int[] textOf = new int[n];
    for (int i = 0; i < n; i++) {
      int root = root(parent, i);
      if (root == i) {
        textOf[i] = texts.size();
        texts.add(new ArrayList<>());
      }
      // The root is the group's smallest position (joins keep the smaller root), so it was met first.
      texts.get(textOf[root]).add(i);
    }
    return texts;
  }

  private static boolean joinIfCopies(List<Fingerprint> sub, Allowed allowed, int[] parent, int i, int j) {
    Fingerprint a = sub.get(i);
    Fingerprint b = sub.get(j);
    if (wordless(a) || wordless(b) || a.minhashSimilarity(b) < RESEMBLANCE || !allowed.test(i, j)) {
      return false;
    }
    int ri = root(parent, i);
    int rj = root(parent, j);
    if (ri != rj) {
      parent[Math.max(ri, rj)] = Math.min(ri, rj);
    }
    return true;
  }

  /** An article without words (its signature empty or all {@link Integer#MAX_VALUE}) is a copy of nothing. */
  private static boolean wordless(Fingerprint f) {
    return f.minhash().length == 0 || f.minhash()[0] == Integer.MAX_VALUE;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
