package org.storyfold.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.storyfold.story.Article;
import org.storyfold.text.Embedder;
import org.storyfold.text.TextAnalyzer;

/**
 * Text reuse, the package's one entry: who copied whom within a story ({@link #report}: passages
 * aligned, see {@link Aligner}; candidate pairs, see {@link Candidates}; direction and kind, see
 * {@link Derivation}; sources, see {@link Forest}), and how alike two lone texts are
 * ({@link #comparison}: two sentences, or two articles in any two languages, see
 * {@link StorySimilarity}). Thresholds in {@link ReuseConfig}. Thread-safe: every call builds its
 * own per-story state.
 */
public final class Reuse {
  /** Threshold on the combined model's probability (MSRP train), for the fitting constructor. */
  public static final double SAME_SENTENCE_EMBEDDED = SentenceModel.THRESHOLD;

  private final Embedder embedder;
  private final StorySimilarity story;
  private final StoryReporter reporter;
  private final PairScorer scorer;

  /** Its own analyzer, story-local term weights, the documented thresholds, no sentence embedding. */
  public Reuse() {
    this(new TextAnalyzer(), ReuseConfig.defaults(), null);
  }

  /**
   * Sharing the engine's analyzer (its language model is loaded once); lone sentences use the
   * combined model ({@link SentenceModel}) when {@code embedder} is not null. The story alignment of
   * {@link #report} stays lexical either way: it compares hundreds of thousands of sentence pairs.
   */
  public Reuse(TextAnalyzer analyzer, Embedder embedder) {
    this(analyzer, ReuseConfig.defaults(), embedder);
  }

  /** With the given thresholds. */
  public Reuse(TextAnalyzer analyzer, ReuseConfig config, Embedder embedder) {
    this(analyzer, config, TermWeights.UNIFORM,
        embedder == null ? config.sameSentence() : config.sameSentenceModel(), embedder);
  }

  /**
   * For fitting the sentence measure: term weights from a reference corpus, and {@code sameSentence}
   * as the threshold on lone sentences (on the combined model's probability when {@code embedder} is
   * not null).
   */
  public Reuse(TextAnalyzer analyzer, TermWeights weights, double sameSentence, Embedder embedder) {
    this(analyzer, ReuseConfig.defaults(), weights, sameSentence, embedder);
  }

  private Reuse(TextAnalyzer analyzer, ReuseConfig config, TermWeights weights, double sameSentence,
                Embedder embedder) {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(weights, "weights");
    this.embedder = embedder;
    this.story = new StorySimilarity(analyzer, config);
    this.reporter = new StoryReporter(analyzer, weights, new Derivation(config));
    this.scorer = new PairScorer(analyzer, weights, sameSentence, embedder, config, story, reporter);
  }

  /**
   * The story-similarity signals of every pair of articles ({@code {a, b}}), with document frequencies
   * over the batch: the inputs of {@link StorySimilarity}'s linear model, for fitting it.
   */
  public double[][] storyFeatures(List<String[]> pairs) {
    return story.features(pairs);
  }

  /** Whether lone sentences are compared with their embeddings too. */
  public boolean embeds() {
    return embedder != null;
  }

  /**
   * Aligns the articles of one story and says who copied whom. Builds an engine (and loads its
   * language model) on every call: for one-off use; keep a {@code Reuse} to describe many stories.
   */
  public static ReuseReport analyze(List<Article> storyArticles) {
    return new Reuse().report(storyArticles);
  }

  /** Scores two texts for {@code storyfold pairs}, with a new engine (see {@link #analyze}). */
  public static Comparison compare(String a, String b) {
    return new Reuse().comparison(a, b);
  }

  /** Builds the term weights of a reference corpus of sentences, for {@link #Reuse(TextAnalyzer, TermWeights, double, Embedder)}. */
  public static TermWeights weightsOf(List<String> sentences, String language, TextAnalyzer analyzer) {
    List<List<String>> docs = new ArrayList<>();
    Lexicon lexicon = new Lexicon(TermWeights.UNIFORM);
    for (String s : sentences) {
      Sentence sent = Doc.sentence(s, 0, s.length(), language, analyzer, lexicon, null, 0);
      List<String> keys = new ArrayList<>();
      for (int id : sent.terms()) {
        keys.add(lexicon.key(id));
      }
      for (int id : sent.wordSet()) {
        keys.add(lexicon.key(id));
      }
      docs.add(keys);
    }
    return TermWeights.of(docs);
  }

  /** Aligns the articles of one story and says who copied whom (see {@link StoryReporter}). */
  public ReuseReport report(List<Article> articles) {
    return reporter.report(Objects.requireNonNull(articles, "articles"));
  }

  /**
   * Two sentences (or short texts) compared as units; two longer texts compared as articles (same
   * story?). With an embedder, sentences are embedded here one at a time; to compare many, embed them
   * in one {@link Embedder#embedAll} call and use {@link #comparison(String, String, float[], float[])}.
   *
   * @throws IllegalArgumentException when a text is empty or blank (the message says which)
   */
  public Comparison comparison(String a, String b) {
    return scorer.comparison(a, b);
  }

  /**
   * As {@link #comparison(String, String)}, with the sentences' unit vectors given (both null: the
   * lexical measure alone). The similarity is then the combined model's probability of a paraphrase.
   */
  public Comparison comparison(String a, String b, float[] va, float[] vb) {
    return scorer.comparison(a, b, va, vb);
  }

  /**
   * Every pair of a batch ({@code {a, b}}) in order, scored on every core. Article pairs are weighed
   * by document frequencies over the batch once it holds {@link ReuseConfig#minBatchForIdf} texts
   * (what every article of the batch says weighs little), so a batch scores better than its pairs
   * one by one. {@code va}, {@code vb}: the texts' unit vectors in pair order, or null (lexical).
   *
   * @throws IllegalArgumentException when a text is empty or blank (the message says which)
   */
  public List<Comparison> comparisons(List<String[]> pairs, List<float[]> va, List<float[]> vb) {
    return scorer.comparisons(Objects.requireNonNull(pairs, "pairs"), va, vb);
  }

  /**
   * The combined model's inputs for two sentences (see {@link SentenceModel#features}), for fitting
   * it on labelled pairs; {@code va} and {@code vb} are the sentences' unit vectors.
   */
  public double[] sentenceFeatures(String a, String b, float[] va, float[] vb) {
    return scorer.sentenceFeatures(a, b, va, vb);
  }
}
