package org.storyfold.reuse;

/**
 * Lexical sentence similarity: an IDF-weighted Dice overlap of stemmed content terms, blended with
 * the plain Dice overlap of surface words (function words included: they carry the syntax that
 * stemmed terms lose), lowered when the sentences' numbers disagree and when their lengths differ
 * a lot. The mix and penalties were chosen on the MSRP train split only (see ParaphraseBenchmark).
 */
final class LexicalSimilarity implements SentenceSimilarity {
  static final double TERM_SHARE = 0.3;
  static final double NUMBER_PENALTY = 0.9;
  static final double LENGTH_PENALTY = 0.2;

  private final Lexicon lexicon;

  LexicalSimilarity(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public double score(Sentence a, Sentence b) {
    double termDice = weightedDice(a.terms(), b.terms());
    double wordDice = dice(a.wordSet(), b.wordSet());
    double s = TERM_SHARE * termDice + (1 - TERM_SHARE) * wordDice;
    if (a.numbers().length > 0 && b.numbers().length > 0 && !sameSet(a.numbers(), b.numbers())) {
      s *= NUMBER_PENALTY;
    }
    int la = a.words().length;
    int lb = b.words().length;
    if (la > 0 && lb > 0) {
      double ratio = Math.min(la, lb) / (double) Math.max(la, lb);
      s *= 1 - LENGTH_PENALTY * (1 - ratio);
    }
    return s;
  }

  double weightedDice(int[] a, int[] b) {
    double[] w = overlap(a, b);
    return w[0] + w[1] == 0 ? 0 : 2 * w[2] / (w[0] + w[1]);
  }

  /** The weighted share of the lighter sentence's terms that the other has too. */
  double weightedContainment(int[] a, int[] b) {
    double[] w = overlap(a, b);
    double lighter = Math.min(w[0], w[1]);
    return lighter == 0 ? 0 : w[2] / lighter;
  }

  /** {weight of a, weight of b, weight of the common terms}. */
  private double[] overlap(int[] a, int[] b) {
    double wa = 0;
    double wb = 0;
    double common = 0;
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (j >= b.length || i < a.length && a[i] < b[j]) {
        wa += lexicon.weight(a[i++]);
      } else if (i >= a.length || b[j] < a[i]) {
        wb += lexicon.weight(b[j++]);
      } else {
        float w = lexicon.weight(a[i]);
        wa += w;
        wb += w;
        common += w;
        i++;
        j++;
      }
    }
    return new double[] {wa, wb, common};
  }

  static int common(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int c = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        c++;
        i++;
        j++;
      }
    }
    return c;
  }

  /** How many of a's elements b lacks. */
  static int minus(int[] a, int[] b) {
    return a.length - common(a, b);
  }

  static double dice(int[] a, int[] b) {
    return a.length + b.length == 0 ? 0 : 2.0 * common(a, b) / (a.length + b.length);
  }

  static boolean sameSet(int[] a, int[] b) {
    return java.util.Arrays.equals(a, b);
  }

  static int[] distinct(int[] words) {
    return java.util.Arrays.stream(words).distinct().sorted().toArray();
  }
}
