package org.storyfold.reuse;

/**
 * The thresholds of text reuse, each with what it is and where it came from.
 *
 * @param contentWords        sentences shorter than this (captions, bylines, "Subscribe now") count
 *                            in no share unless aligned. 6: the shortest news sentence that states a
 *                            fact ("Three workers were taken to hospital"); chosen on the examples.
 * @param copy                share of an article found in its source (and share of verbatim sentences
 *                            among the aligned) from which it is a {@code copy}. 0.8, set by hand on
 *                            the examples: a copy may drop a paragraph or two and add boilerplate.
 * @param nearCopy            share from which an article mostly verbatim or lightly edited is a
 *                            {@code near-copy}. 0.5, by hand on the examples and seeds.
 * @param rewrite             share of paraphrased sentences from which an article is a {@code rewrite}
 *                            (whole article reworded). 0.3, by hand on the seeds (001 rewrites 000).
 * @param translation         share of sentences aligned on names and numbers across languages from
 *                            which an article is a {@code translation}. 0.3, by hand on a-07.
 * @param partial             share of an article's own-wording sentences (quotes aside) aligned with a
 *                            source below {@link #rewrite} from which it is {@code partial}: two
 *                            wire paragraphs in a ten-paragraph story. 0.15, by hand on a-09 and the
 *                            ECB+ pairs (independent by construction).
 * @param fanIn               difference in fan-in (matched sentences per distinct sentence matched)
 *                            that decides a direction on its own; 0.25, by hand on the seeds.
 * @param sameSentence        lexical similarity from which two lone sentences say the same (MSRP train
 *                            split, best F1; {@code ParaphraseBenchmark}).
 * @param sameSentenceModel   the combined model's probability threshold ({@link SentenceModel}, MSRP train).
 * @param disagreement        factor on a lone sentence pair that disagrees on names (MSRP train).
 * @param otherNumbers        factor on a lone sentence pair whose numbers all differ (MSRP train).
 * @param storyWeights        intercept and weights of {@link StorySimilarity}'s signals (terms cosine,
 *                            romanized words cosine, names, numbers, same language), least squares on
 *                            all 1,283 SemEval-2022 Task 8 training pairs against (4 - Overall) / 3;
 *                            5-fold cross-validated figures in {@code StorySimilarityBenchmark}.
 * @param storyWeightsAlone the same, fitted likewise on features without document frequencies: for
 *                            a pair compared alone or in a batch smaller than {@link #minBatchForIdf}
 *                            (5-fold CV 0.606 against 0.649 with them).
 * @param sameStory           story similarity from which two articles are called the same story: 0.5,
 *                            the midpoint of the rating scale (Overall 2.5).
 * @param minBatchForIdf      texts a batch needs before its own document frequencies weigh terms; 20,
 *                            below which an IDF says more about chance than about the words.
 * @param linksPerArticle     links an article gets besides the one to its source in a story report
 *                            (its strongest other partners): 3, enough to show who else carries the
 *                            same passages without writing every pair of a 600-copy story.
 * @param maxAligned          articles a story description aligns at most: 1000. Alignment keeps a
 *                            table per pair of a story's articles (n^2 entries: 8 MB at 1,000, 3 GB at
 *                            20,000), and a story of thousands of near-copies (a site's boilerplate
 *                            pages, a wire story on every outlet) says nothing more at 20,000 than at
 *                            1,000. Above it, the earliest quarter and the most central rest (closest to
 *                            the story's common words) are aligned and described; the others stay
 *                            members of the story, listed as not aligned ({@link ReuseReport#notAligned}).
 */
public record ReuseConfig(int contentWords, double copy, double nearCopy, double rewrite, double translation,
                          double partial, double fanIn, double sameSentence, double sameSentenceModel,
                          double disagreement, double otherNumbers, double[] storyWeights,
                          double[] storyWeightsAlone, double sameStory,
                          int minBatchForIdf, int linksPerArticle, int maxAligned) {
  /** Weights fitted by {@code StorySimilarityBenchmark.fit} on the whole SemEval-2022 training set (never exposed: cloned). */
  private static final double[] STORY_WEIGHTS = {0.1506, 1.0251, 0.3025, 0.2126, 0.1183, -0.0372, 2.9967, 0.4266, 0.1694};
  /** Likewise, on features without document frequencies (a pair alone). */
  private static final double[] STORY_WEIGHTS_ALONE = {0.1524, 0.9775, 0.3534, 0.2492, 0.066, -0.1467, 0.572, 1.0874, 0.1953};

  public ReuseConfig {
    storyWeights = storyWeights.clone();
    storyWeightsAlone = storyWeightsAlone.clone();
    if (storyWeights.length != StorySimilarity.FEATURES + 1 || storyWeightsAlone.length != StorySimilarity.FEATURES + 1) {
      throw new IllegalArgumentException("storyWeights needs " + (StorySimilarity.FEATURES + 1) + " values");
    }
    if (!(0 < partial && partial <= rewrite && rewrite <= nearCopy && nearCopy <= copy && copy <= 1)) {
      throw new IllegalArgumentException("shares must satisfy 0 < partial <= rewrite <= nearCopy <= copy <= 1");
    }
    if (linksPerArticle < 0 || minBatchForIdf < 0 || contentWords < 0) {
      throw new IllegalArgumentException("linksPerArticle, minBatchForIdf and contentWords must be >= 0");
    }
    if (maxAligned < 2) {
      throw new IllegalArgumentException("maxAligned must be >= 2");
    }
  }

  /** The defaults documented above. */
  public static ReuseConfig defaults() {
    return new ReuseConfig(6, 0.8, 0.5, 0.3, 0.3, 0.15, 0.25, 0.42, SentenceModel.THRESHOLD, 0.8, 0.8,
        STORY_WEIGHTS, STORY_WEIGHTS_ALONE, 0.5, 20, 3, 1000);
  }

  @Override
  public double[] storyWeights() {
    return storyWeights.clone();
  }

  @Override
  public double[] storyWeightsAlone() {
    return storyWeightsAlone.clone();
  }

  /** The same thresholds with other story weights (a refit). */
  public ReuseConfig withStoryWeights(double[] weights, double[] weightsAlone) {
    return new ReuseConfig(contentWords, copy, nearCopy, rewrite, translation, partial, fanIn, sameSentence,
        sameSentenceModel, disagreement, otherNumbers, weights, weightsAlone, sameStory, minBatchForIdf,
        linksPerArticle, maxAligned);
  }

  /** The same thresholds, with a batch size from which document frequencies weigh story terms. */
  public ReuseConfig withMinBatchForIdf(int texts) {
    return new ReuseConfig(contentWords, copy, nearCopy, rewrite, translation, partial, fanIn, sameSentence,
        sameSentenceModel, disagreement, otherNumbers, storyWeights, storyWeightsAlone, sameStory, texts,
        linksPerArticle, maxAligned);
  }

  /** The same thresholds, aligning at most {@code articles} of a story (see {@link #maxAligned}). */
  public ReuseConfig withMaxAligned(int articles) {
    return new ReuseConfig(contentWords, copy, nearCopy, rewrite, translation, partial, fanIn, sameSentence,
        sameSentenceModel, disagreement, otherNumbers, storyWeights, storyWeightsAlone, sameStory, minBatchForIdf,
        linksPerArticle, articles);
  }
}
