package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.List;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The texts of a topic: its articles with copies of one text (a wire story run by several sites, lightly
 * edited) taken together. Two articles are copies when their MinHash signatures estimate a Jaccard
 * resemblance of word shingles of at least {@link #RESEMBLANCE} (Broder 1997); copies of copies join.
 *
 * <p>Why the refine pass needs this: it judges parts by how many articles they hold ({@code minPart})
 * and weighs words by how many articles of the topic use them. Both count a text once per site that ran
 * it, so one stray article run by three sites became a "part" of its own, and its words looked common.
 * On crawl-like batches (bench/scripts/crawl_corpus.py: ECB+ events, each article also run as one to
 * three wire copies) this split 142 of 273 events into pure pieces of three or four articles. Counted
 * once per text, a batch and the same batch with every article run three times are grouped alike.
 *
 * <p>Rewrites and independent reports of one event share few shingles (ECB+'s articles of one event
 * mostly under 0.1), lightly edited copies most (a dropped paragraph and a sign-off keep 0.8 or more):
 * 0.5 lies between.
 */
final class Copies {
  /** Estimated shingle resemblance from which two articles are copies of one text. */
  static final double RESEMBLANCE = 0.5;

  private Copies() {}

  /**
   * Positions into {@code sub} grouped by text: each group ascending, groups in the order of their first
   * member (its representative), so that a topic without copies gives one group per article, in order.
   */
  static List<List<Integer>> of(List<Fingerprint> sub) {
    int n = sub.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    boolean any = false;
    if (n <= Clusterer.MAX_ALL_PAIRS_TOPIC) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          any |= joinIfCopies(sub, parent, i, j);
        }
      }
    } else { // a large topic: only pairs that agree on a whole band (resemblance above about 0.6) are checked
      for (long key : CandidateIndex.bandPairs(sub)) {
        any |= joinIfCopies(sub, parent, (int) (key / n), (int) (key % n));
      }
    }
    List<List<Integer>> texts = new ArrayList<>();
    if (!any) {
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

  private static boolean joinIfCopies(List<Fingerprint> sub, int[] parent, int i, int j) {
    Fingerprint a = sub.get(i);
    Fingerprint b = sub.get(j);
    if (wordless(a) || wordless(b) || a.minhashSimilarity(b) < RESEMBLANCE) {
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
