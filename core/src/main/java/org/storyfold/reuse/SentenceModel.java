package org.storyfold.reuse;

/**
 * Whether two lone sentences say the same: a logistic model over the cosine of their sentence
 * embeddings (all-MiniLM-L6-v2), their {@link LexicalSimilarity}, and whether they swap numbers or
 * names (each has one the other lacks), plus one rule on top of it (see {@link #swapsFactsOnly}).
 *
 * <p>Fitted on the MSRP train split only (4,076 pairs; logistic regression by Newton's method, L2
 * 1e-3, {@code ParaphraseBenchmark.fitLogistic}), threshold = best train F1 in steps of 0.01. Refit
 * and check with the bench main {@code org.storyfold.bench.ParaphraseBench} (command in its Javadoc),
 * which prints the coefficients it fits and the test scores. Train F1 0.836 / accuracy 0.751; MSRP
 * test F1 0.831 / accuracy 0.748 (lexical alone: 0.822 / 0.725). MSRP labels tolerate swapped facts
 * (both swap weights are small), so the rule, not the fit, makes other facts a different statement.
 */
final class SentenceModel {
  /** The fitted intercept and weights of cosine, lexical similarity, number swap, name swap. */
  static final double INTERCEPT = -5.347;
  static final double COSINE = 3.9201;
  static final double LEXICAL = 5.0607;
  static final double NUMBER_SWAP = -0.3275;
  static final double NAME_SWAP = -0.0551;
  /** Probability from which two sentences are called the same content (best train F1). */
  static final double THRESHOLD = 0.41;

  private SentenceModel() {}

  /** {cosine, lexical similarity, 1 if each has a number the other lacks, 1 if each has such a name}. */
  static double[] features(Sentence x, Sentence y, double lexical, double cosine) {
    int numX = LexicalSimilarity.minus(x.numbers(), y.numbers());
    int numY = LexicalSimilarity.minus(y.numbers(), x.numbers());
    int nameX = LexicalSimilarity.minus(x.anchors(), y.anchors()) - numX;
    int nameY = LexicalSimilarity.minus(y.anchors(), x.anchors()) - numY;
    return new double[] {cosine, lexical, numX > 0 && numY > 0 ? 1 : 0, nameX > 0 && nameY > 0 ? 1 : 0};
  }

  static double probability(double[] features) {
    double z = INTERCEPT + COSINE * features[0] + LEXICAL * features[1] + NUMBER_SWAP * features[2]
        + NAME_SWAP * features[3];
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * Whether the two sentences swap a number or a name and differ in nothing else (every surface word
   * one has and the other lacks is a name or a number): the same frame, another fact. Not fitted: on
   * MSRP train it fires on 8 pairs, 7 labelled paraphrases (unit conversions, name variants), and
   * costs 0.001 of train F1; on test it fires once and changes nothing.
   */
  static boolean swapsFactsOnly(Sentence x, Sentence y, double[] features, Lexicon lexicon) {
    return (features[2] > 0 || features[3] > 0) && otherWords(x, y, lexicon) == 0 && otherWords(y, x, lexicon) == 0;
  }

  /** How many distinct surface words x has and y lacks, names and numbers aside. */
  private static int otherWords(Sentence x, Sentence y, Lexicon lexicon) {
    int n = 0;
    for (int w : x.wordSet()) {
      if (java.util.Arrays.binarySearch(y.wordSet(), w) >= 0) {
        continue;
      }
      String word = lexicon.key(w).substring(2);
      boolean fact = word.chars().allMatch(Character::isDigit)
          || java.util.Arrays.binarySearch(x.anchors(), lexicon.id("n:" + word.replaceAll("['’]s$", ""))) >= 0;
      n += fact ? 0 : 1;
    }
    return n;
  }

  /** Dot product of two unit vectors. */
  static double cosine(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }
}
