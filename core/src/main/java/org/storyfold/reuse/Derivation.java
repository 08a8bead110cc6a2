package org.storyfold.reuse;

import java.util.HashSet;
import java.util.Set;
import org.storyfold.story.Article;

/**
 * The rules that read an aligned pair: which of two articles derives from the other, and how.
 *
 * <p>Direction. The derived text is the later one when both publication times are known; otherwise
 * the one whose sentences fan in (several of its sentences match one of the other's: it split
 * them), then the one more contained in the other, and, when containment is close, the one that
 * lacks names and numbers the other has (copies shed details, they rarely invent them).
 *
 * <p>Kind. Quoted sentences are left out of every count (the same quote in two papers is one event,
 * not a copy). Aligned wording (verbatim or lightly edited sentences) is evidence of copying;
 * paraphrased sentences are evidence only in number and order, since two reports of one event
 * restate the same facts: a rewrite needs {@link #MIN_EVIDENCE} of them, in the source's order.
 */
final class Derivation {
  /** Aligned sentences a rewrite needs: one to three restated facts are one event, not a rewrite (ECB+). */
  static final int MIN_EVIDENCE = 4;
  /** Share of a rewrite's matched sentences that keep the source's order (seed 001 keeps 0.7-0.8). */
  static final double IN_ORDER = 0.7;
  /** Sentences of aligned wording a copy or a partial needs: one shared sentence may be chance. */
  static final int MIN_WORDING = 2;

  private final ReuseConfig config;

  Derivation(ReuseConfig config) {
    this.config = config;
  }

  ReuseConfig config() {
    return config;
  }

  /** Whether article p derives from article q. */
  boolean derives(AlignedStory s, int p, int q) {
    Article a = s.docs.get(p).article;
    Article b = s.docs.get(q).article;
    if (a.published() != null && b.published() != null && !a.published().isEqual(b.published())) {
      return a.published().isAfter(b.published());
    }
    double fanP = fanIn(s.targets(p, q));
    double fanQ = fanIn(s.targets(q, p));
    if (Math.abs(fanP - fanQ) >= config.fanIn()) {
      return fanP > fanQ;
    }
    int[] anchorsP = s.docs.get(p).allAnchors;
    int[] anchorsQ = s.docs.get(q).allAnchors;
    int onlyP = LexicalSimilarity.minus(anchorsP, anchorsQ);
    int onlyQ = LexicalSimilarity.minus(anchorsQ, anchorsP);
    double evidence = s.shared[p][q] - s.shared[q][p] + 0.5 * (onlyQ - onlyP) / (double) (onlyP + onlyQ + 1);
    return evidence > 0 || evidence == 0 && p > q;
  }

  /** Matched sentences per distinct sentence matched: above 1 when a text splits the other's sentences. */
  static double fanIn(int[] targets) {
    int matched = 0;
    Set<Integer> distinct = new HashSet<>();
    for (int t : targets) {
      if (t >= 0) {
        matched++;
        distinct.add(t);
      }
    }
    return distinct.isEmpty() ? 1 : matched / (double) distinct.size();
  }

  /** The kind of derivation of p from q, or null when p is its own reporting (see the class comment). */
  Relation.Kind kindOf(AlignedStory s, int p, int q) {
    byte[] kinds = s.kinds(p, q);
    Sentence[] sents = s.docs.get(p).sentences;
    int[] counts = new int[Aligner.KIND_COUNT];
    int content = 0;
    int aligned = 0;
    for (int i = 0; i < kinds.length; i++) {
      if (!sents[i].quoted()) {
        counts[kinds[i]]++;
        aligned += kinds[i] != Aligner.NONE ? 1 : 0;
        content += sents[i].words().length >= config.contentWords() || kinds[i] != Aligner.NONE ? 1 : 0;
      }
    }
    int wording = counts[Aligner.VERBATIM] + counts[Aligner.EDITED];
    // a rewrite pads and splits, so how much of the source it carries counts as much as its own share
    double own = s.shared[p][q];
    double carried = s.shared[q][p];
    double most = Math.max(own, carried);
    if (counts[Aligner.TRANSLATION] > aligned / 2 && most >= config.translation() && aligned >= 2) {
      return Relation.Kind.TRANSLATION;
    }
    if (most >= config.copy() && counts[Aligner.VERBATIM] >= config.copy() * aligned && wording >= MIN_WORDING) {
      return Relation.Kind.COPY;
    }
    if (most >= config.nearCopy() && wording >= 0.5 * aligned && wording >= MIN_WORDING) {
      return Relation.Kind.NEAR_COPY;
    }
    int[] targets = s.targets(p, q);
    if (most >= config.rewrite() && aligned >= MIN_EVIDENCE && Math.min(own, carried) >= config.partial()
        && inOrder(targets) >= IN_ORDER * matched(targets) && aligned - counts[Aligner.VERBATIM] >= 0.5 * aligned) {
      return Relation.Kind.REWRITE;
    }
    return wording >= MIN_WORDING && wording >= config.partial() * content ? Relation.Kind.PARTIAL : null;
  }

  /**
   * Matched sentences that follow the other text's order (longest increasing run of targets): a
   * rewrite walks through its source; two reports of one event tell its facts in their own order.
   */
  static int inOrder(int[] targets) {
    int[] tails = new int[targets.length];
    int len = 0;
    for (int t : targets) {
      if (t < 0) {
        continue;
      }
      int i = java.util.Arrays.binarySearch(tails, 0, len, t);
      i = i < 0 ? -i - 1 : i;
      tails[i] = t;
      len = Math.max(len, i + 1);
    }
    return len;
  }

  private static int matched(int[] targets) {
    int n = 0;
    for (int t : targets) {
      n += t >= 0 ? 1 : 0;
    }
    return n;
  }

  /**
   * The share of a text's sentences that are aligned, counting only unquoted sentences of at least
   * {@link ReuseConfig#contentWords} words: captions, bylines and "Subscribe now" lines decide
   * nothing, and someone's words, which every outlet at the event may carry, decide nothing either.
   */
  double share(Doc d, byte[] kinds) {
    int n = 0;
    int aligned = 0;
    for (int i = 0; i < kinds.length; i++) {
      if (d.sentences[i].quoted()) {
        continue;
      }
      if (d.sentences[i].words().length >= config.contentWords() || kinds[i] != 0) {
        n++;
        aligned += kinds[i] != 0 ? 1 : 0;
      }
    }
    return n == 0 ? 0 : aligned / (double) n;
  }
}
