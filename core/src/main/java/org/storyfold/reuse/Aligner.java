package org.storyfold.reuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Aligns two prepared articles, in two passes.
 *
 * <p>Verbatim runs first, the way passim (Smith, Cordell and Mullen 2015; Smith et al. 2014, "Detecting
 * and modeling local text reuse") seeds its alignments: every word 8-gram of one text is hashed, the
 * other text is scanned for n-grams the first also has, and each hit is extended greedily to its
 * maximal run of equal words, the scan resuming after the run. This is the first, greedy phase of
 * greedy string tiling (Wise 1993) with a minimum match length of 8: linear in the two lengths, and a
 * run of 8 equal words is next to never chance in news prose.
 *
 * <p>Then sentence by sentence: each sentence not already covered by verbatim runs is matched to its
 * most similar sentence in the other text. The match is {@code edited} when most content terms are
 * shared and most surface words too, {@code paraphrase} when the lexical similarity clears its
 * threshold and the two agree on names and numbers (a pair that shares words but names other people
 * or other figures says something else). Across languages words cannot match, so a sentence pair is
 * aligned only on shared anchors (names and numbers): {@code translation}.
 */
final class Aligner {
  static final byte NONE = 0;
  static final byte VERBATIM = 1;
  static final byte EDITED = 2;
  static final byte PARAPHRASE = 3;
  static final byte TRANSLATION = 4;
  /** Number of sentence kinds, {@link #NONE} included: the size of a count per kind. */
  static final int KIND_COUNT = 5;

  /**
   * Similarity from which two sentences of one story say the same thing, with most of the lighter
   * sentence's weighted terms found in the other. Lower than the MSRP threshold for lone sentence
   * pairs: term weights here are inverse sentence frequencies within the story, so the story's
   * common vocabulary (its names, its topic) counts for little and what remains is specific.
   */
  static final double PARAPHRASE_THRESHOLD = 0.25;
  static final double PARAPHRASE_CONTAINMENT = 0.4;
  /** Shared terms other than names a paraphrase needs: "X told reporters" is not a shared statement. */
  static final int PARAPHRASE_PLAIN = 3;
  static final double EDITED_TERMS = 0.6;
  static final double EDITED_WORDS = 0.6;
  static final int MIN_TERMS = 3;
  /** Share of the shorter sentence's words that must appear in the same order in the other. */
  static final double EDITED_ORDER = 0.7;

  private final SentenceSimilarity similarity;
  private final LexicalSimilarity lexical;

  Aligner(SentenceSimilarity similarity, LexicalSimilarity lexical) {
    this.similarity = similarity;
    this.lexical = lexical;
  }

  /** The alignment of two articles: per-sentence kinds on both sides and the passages, spans a to b. */
  record Alignment(byte[] kindA, byte[] kindB, int[] targetA, int[] targetB, List<Passage> passages) {}

  /** The passage kind of an aligned sentence's kind. */
  static Passage.Kind passageKind(byte kind) {
    return switch (kind) {
      case VERBATIM -> Passage.Kind.VERBATIM;
      case EDITED -> Passage.Kind.EDITED;
      case PARAPHRASE -> Passage.Kind.PARAPHRASE;
      case TRANSLATION -> Passage.Kind.TRANSLATION;
      default -> throw new IllegalArgumentException("not an aligned kind: " + kind);
    };
  }

  Alignment align(Doc a, Doc b) {
    byte[] kindA = new byte[a.sentences.length];
    byte[] kindB = new byte[b.sentences.length];
    List<Passage> passages = new ArrayList<>();
    int[] targetA = new int[a.sentences.length];
    int[] targetB = new int[b.sentences.length];
    java.util.Arrays.fill(targetA, -1);
    java.util.Arrays.fill(targetB, -1);
    int[] coveredA = new int[a.sentences.length];
    int[] coveredB = new int[b.sentences.length];
    verbatim(a, b, coveredA, coveredB, passages);
    markCovered(a, coveredA, kindA);
    markCovered(b, coveredB, kindB);
    boolean crossLanguage = !a.language.equals(b.language) && !a.language.equals("und") && !b.language.equals("und");
    // Every sentence pair is scored once; each open sentence (not verbatim) of either side takes its
    // best match, so that each side's fan-in is seen whole.
    byte[] ownA = kindA.clone();
    byte[] ownB = kindB.clone();
    double[] scoreA = new double[a.sentences.length];
    double[] scoreB = new double[b.sentences.length];
    for (int i = 0; i < a.sentences.length; i++) {
      boolean openRow = kindA[i] == NONE;
      Sentence s = a.sentences[i];
      for (int j = 0; j < b.sentences.length; j++) {
        boolean openColumn = kindB[j] == NONE;
        if (!openRow && !openColumn) {
          continue;
        }
        Sentence t = b.sentences[j];
        double score;
        byte kind;
        if (crossLanguage) {
          score = anchorScore(s, t);
          kind = score > 0 ? TRANSLATION : NONE;
        } else {
          if (s.terms().length < MIN_TERMS || t.terms().length < MIN_TERMS
              || LexicalSimilarity.common(s.terms(), t.terms()) < 2) {
            continue;
          }
          score = similarity.score(s, t);
          kind = kind(s, t, score);
        }
        if (kind == NONE) {
          continue;
        }
        if (openRow && score > scoreA[i]) {
          scoreA[i] = score;
          targetA[i] = j;
          ownA[i] = kind;
        }
        if (openColumn && score > scoreB[j]) {
          scoreB[j] = score;
          targetB[j] = i;
          ownB[j] = kind;
        }
      }
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < targetA.length; i++) {
      if (targetA[i] >= 0 && seen.add(((long) i << 32) | targetA[i])) {
        passages.add(new Passage(passageKind(ownA[i]), a.sentences[i].span(), b.sentences[targetA[i]].span()));
      }
    }
    for (int j = 0; j < targetB.length; j++) {
      if (targetB[j] >= 0 && seen.add(((long) targetB[j] << 32) | j)) {
        passages.add(new Passage(passageKind(ownB[j]), a.sentences[targetB[j]].span(), b.sentences[j].span()));
      }
    }
    settle(ownA, targetB, ownB, kindA);
    settle(ownB, targetA, ownA, kindB);
    return new Alignment(kindA, kindB, targetA, targetB, passages);
  }

  /** A sentence's kind: its own match, else the kind of a match from the other side onto it. */
  private static void settle(byte[] own, int[] otherTargets, byte[] otherKinds, byte[] out) {
    for (int i = 0; i < own.length; i++) {
      if (out[i] == NONE) {
        out[i] = own[i];
      }
    }
    for (int j = 0; j < otherTargets.length; j++) {
      int i = otherTargets[j];
      if (i >= 0 && out[i] == NONE) {
        out[i] = otherKinds[j];
      }
    }
  }

  /** Finds verbatim runs of at least {@link Doc#GRAM} words; counts the covered words per sentence. */
  private static void verbatim(Doc a, Doc b, int[] coveredA, int[] coveredB, List<Passage> out) {
    int n = b.tokens.length;
    int j = 0;
    while (j + Doc.GRAM <= n) {
      Integer hit = a.grams.get(Doc.gram(b.tokens, j));
      if (hit == null || !equal(a.tokens, hit, b.tokens, j, Doc.GRAM)) {
        j++;
        continue;
      }
      int i = hit;
      int len = Doc.GRAM;
      while (i + len < a.tokens.length && j + len < n && a.tokens[i + len] == b.tokens[j + len]) {
        len++;
      }
      for (int k = 0; k < len; k++) {
        coveredA[a.tokenSentence[i + k]]++;
        coveredB[b.tokenSentence[j + k]]++;
      }
      out.add(new Passage(Passage.Kind.VERBATIM, new int[] {a.tokenStart[i], a.tokenEnd[i + len - 1]},
          new int[] {b.tokenStart[j], b.tokenEnd[j + len - 1]}));
      j += len;
    }
  }

  private static boolean equal(int[] x, int i, int[] y, int j, int len) {
    for (int k = 0; k < len; k++) {
      if (x[i + k] != y[j + k]) {
        return false;
      }
    }
    return true;
  }

  /** A sentence counts as verbatim when runs cover half its words, or eight of them. */
  private static void markCovered(Doc d, int[] covered, byte[] kinds) {
    for (int s = 0; s < covered.length; s++) {
      int words = d.sentences[s].words().length;
      if (covered[s] > 0 && (2 * covered[s] >= words || covered[s] >= Doc.GRAM)) {
        kinds[s] = VERBATIM;
      }
    }
  }

  /** The kind of a same-language sentence pair: edited, paraphrase (with the story checks) or none. */
  private byte kind(Sentence s, Sentence t, double score) {
    byte kind = classify(s, t, score);
    if (kind == PARAPHRASE && (lexical.weightedContainment(s.terms(), t.terms()) < PARAPHRASE_CONTAINMENT
        || LexicalSimilarity.common(s.plain(), t.plain()) < PARAPHRASE_PLAIN)) {
      return NONE;
    }
    return kind;
  }

  static byte classify(Sentence s, Sentence t, double score) {
    return classify(s, t, score, PARAPHRASE_THRESHOLD);
  }

  static byte classify(Sentence s, Sentence t, double score, double paraphraseThreshold) {
    if (!agree(s, t)) {
      return NONE;
    }
    int shared = LexicalSimilarity.common(s.terms(), t.terms());
    double containment = shared / (double) Math.min(s.terms().length, t.terms().length);
    if (containment >= EDITED_TERMS && LexicalSimilarity.dice(s.wordSet(), t.wordSet()) >= EDITED_WORDS
        && commonSubsequence(s.words(), t.words()) >= EDITED_ORDER * Math.min(s.words().length, t.words().length)) {
      return EDITED;
    }
    return score >= paraphraseThreshold ? PARAPHRASE : NONE;
  }

  /** Length of the longest common subsequence of two word sequences. */
  static int commonSubsequence(int[] x, int[] y) {
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        cur[j] = x[i - 1] == y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }

  /** Names and numbers agree: where both sentences have some, they share some. */
  static boolean agree(Sentence s, Sentence t) {
    int sharedNumbers = LexicalSimilarity.common(s.numbers(), t.numbers());
    if (s.numbers().length > 0 && t.numbers().length > 0 && sharedNumbers == 0) {
      return false;
    }
    // numbers are a subset of anchors, so what remains are the names
    boolean bothNamed = s.anchors().length > s.numbers().length && t.anchors().length > t.numbers().length;
    return !bothNamed || LexicalSimilarity.common(s.anchors(), t.anchors()) > sharedNumbers;
  }

  /** Across languages: at least two shared anchors, covering half the anchors of the poorer sentence. */
  static double anchorScore(Sentence s, Sentence t) {
    int shared = LexicalSimilarity.common(s.anchors(), t.anchors());
    int fewer = Math.min(s.anchors().length, t.anchors().length);
    if (shared < 2 || shared < 0.5 * fewer) {
      return 0;
    }
    return shared / (double) Math.max(s.anchors().length, t.anchors().length);
  }
}
