package org.storyfold.reuse;

import java.util.List;
import java.util.Objects;
import org.storyfold.story.Article;
import org.storyfold.text.Embedder;
import org.storyfold.text.TextAnalyzer;

/**
 * Two lone texts compared for {@code storyfold pairs}: two sentences (same content?) by the lexical
 * measure, or the combined model when an embedder is given ({@link SentenceModel}); two articles
 * (more than three sentences each: same story?) by {@link StorySimilarity} and, for the relation,
 * a story report of the two.
 */
final class PairScorer {
  /** Characters beyond which a text is an article, whatever its sentences. */
  static final int SENTENCE_CHARS = 300;
  private final TextAnalyzer analyzer;
  private final TermWeights weights;
  private final double sameSentence;
  /** Sentence vectors, or null for the lexical measure alone. */
  private final Embedder embedder;
  private final ReuseConfig config;
  private final StorySimilarity story;
  private final StoryReporter reporter;

  PairScorer(TextAnalyzer analyzer, TermWeights weights, double sameSentence, Embedder embedder, ReuseConfig config,
             StorySimilarity story, StoryReporter reporter) {
    this.analyzer = analyzer;
    this.weights = weights;
    this.sameSentence = sameSentence;
    this.embedder = embedder;
    this.config = config;
    this.story = story;
    this.reporter = reporter;
  }

  /**
   * Two sentences (or short texts) compared as units; two longer texts compared as articles. With an
   * embedder, sentences are embedded here one at a time; to compare many, embed them in one
   * {@link Embedder#embedAll} call and use {@link #comparison(String, String, float[], float[])}.
   */
  Comparison comparison(String a, String b) {
    requireText(a, b);
    if (embedder != null && !looksLikeArticles(a, b)) {
      return comparison(a, b, embedder.embed(a), embedder.embed(b));
    }
    return comparison(a, b, null, null);
  }

  /** An empty or blank side cannot be compared: refused with a message that says which. */
  private static void requireText(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.isBlank() || b.isBlank()) {
      throw new IllegalArgumentException(a.isBlank() && b.isBlank() ? "both texts are empty"
          : (a.isBlank() ? "first" : "second") + " text is empty");
    }
  }

  /**
   * Every pair of a batch ({@code {a, b}}), article pairs weighed by document frequencies over the
   * batch's articles once it has {@link ReuseConfig#minBatchForIdf} texts; vectors (null: lexical
   * alone) are the sentences' unit vectors, in pair order.
   */
  List<Comparison> comparisons(List<String[]> pairs, List<float[]> va, List<float[]> vb) {
    boolean[] article = new boolean[pairs.size()];
    List<String[]> articlePairs = new java.util.ArrayList<>();
    for (int i = 0; i < article.length; i++) {
      requireText(pairs.get(i)[0], pairs.get(i)[1]);
      article[i] = looksLikeArticles(pairs.get(i)[0], pairs.get(i)[1]);
      if (article[i]) {
        articlePairs.add(pairs.get(i));
      }
    }
    List<StorySimilarity.Profile> profiles = story.profiles(articlePairs);
    StorySimilarity.Frequencies f = StorySimilarity.Frequencies.of(profiles, config.minBatchForIdf());
    int[] at = new int[article.length];
    for (int i = 0, k = 0; i < at.length; i++) {
      at[i] = article[i] ? k++ : -1;
    }
    return java.util.stream.IntStream.range(0, pairs.size()).parallel().mapToObj(i -> {
      String a = pairs.get(i)[0];
      String b = pairs.get(i)[1];
      return at[i] >= 0 ? articles(a, b, profiles.get(2 * at[i]), profiles.get(2 * at[i] + 1), f)
          : va == null ? comparison(a, b) : comparison(a, b, va.get(i), vb.get(i));
    }).toList();
  }

  /**
   * Articles, not sentences: either text has more than three sentences or is longer than
   * {@link #SENTENCE_CHARS} characters (the longest MSRP sentence has 221; a news article with its
   * title run into its body may not split).
   */
  private boolean looksLikeArticles(String a, String b) {
    return a.length() > SENTENCE_CHARS || b.length() > SENTENCE_CHARS
        || Sentences.split(a, analyzer.detectLanguage(a)).size() > 3
        || Sentences.split(b, analyzer.detectLanguage(b)).size() > 3;
  }

  /**
   * As {@link #comparison(String, String)}, with the sentences' unit vectors given (both null: the
   * lexical measure alone). The similarity is then the combined model's probability of a paraphrase.
   */
  Comparison comparison(String a, String b, float[] va, float[] vb) {
    requireText(a, b);
    if (looksLikeArticles(a, b)) {
      return articles(a, b, story.profile(a), story.profile(b), StorySimilarity.Frequencies.NONE);
    }
    String lang = analyzer.detectLanguage(a + "\n" + b);
    Lexicon lexicon = new Lexicon(weights);
    Sentence x = Doc.sentence(a, 0, a.length(), lang, analyzer, lexicon, null, 0);
    Sentence y = Doc.sentence(b, 0, b.length(), lang, analyzer, lexicon, null, 0);
    double lexical = new LexicalSimilarity(lexicon).score(x, y);
    double score = lexical;
    boolean otherFacts = false;
    if (va != null && vb != null) {
      double[] f = SentenceModel.features(x, y, lexical, SentenceModel.cosine(va, vb));
      score = SentenceModel.probability(f);
      otherFacts = SentenceModel.swapsFactsOnly(x, y, f, lexicon);
      if (otherFacts) {
        score = Math.min(score, 0.5 * sameSentence); // the same frame with other facts: another statement
      }
    } else if (x.numbers().length > 0 && y.numbers().length > 0 && LexicalSimilarity.common(x.numbers(), y.numbers()) == 0) {
      score *= config.otherNumbers(); // other figures: another statement
    } else if (!Aligner.agree(x, y)) {
      score *= config.disagreement(); // other names: likely another statement
    }
    boolean same = score >= sameSentence;
    Comparison.Kind relation;
    if (java.util.Arrays.equals(x.words(), y.words())) {
      relation = Comparison.Kind.VERBATIM;
    } else if (!otherFacts && Aligner.classify(x, y, score, sameSentence) == Aligner.EDITED) {
      relation = Comparison.Kind.EDITED;
    } else {
      relation = same ? Comparison.Kind.PARAPHRASE : Comparison.Kind.DIFFERENT;
    }
    return new Comparison(Math.min(1, score), same, relation);
  }

  /**
   * The combined model's inputs for two sentences (see {@link SentenceModel#features}), for fitting
   * it on labelled pairs; {@code va} and {@code vb} are the sentences' unit vectors.
   */
  double[] sentenceFeatures(String a, String b, float[] va, float[] vb) {
    String lang = analyzer.detectLanguage(a + "\n" + b);
    Lexicon lexicon = new Lexicon(weights);
    Sentence x = Doc.sentence(a, 0, a.length(), lang, analyzer, lexicon, null, 0);
    Sentence y = Doc.sentence(b, 0, b.length(), lang, analyzer, lexicon, null, 0);
    return SentenceModel.features(x, y, new LexicalSimilarity(lexicon).score(x, y), SentenceModel.cosine(va, vb));
  }

  /**
   * Two articles: the same story when their story similarity ({@link StorySimilarity}: terms, romanized
   * words, names and numbers, in any two languages) reaches {@link ReuseConfig#sameStory}, or when one
   * reuses the other. The relation is that of the first article to the second.
   */
  private Comparison articles(String a, String b, StorySimilarity.Profile pa, StorySimilarity.Profile pb,
                              StorySimilarity.Frequencies f) {
    double topical = story.similarity(story.features(pa, pb, f), f);
    ReuseReport r = reporter.report(List.of(new Article("a", null, null, "", a, null, pa.language()),
        new Article("b", null, null, "", b, null, pb.language())));
    double reused = 1 - Math.min(r.originality().get("a"), r.originality().get("b"));
    Relation rel = r.relations().get("a");
    Comparison.Kind relation = rel.of() != null ? Comparison.Kind.of(rel.kind())
        : r.relations().get("b").of() != null ? Comparison.Kind.ORIGINAL : Comparison.Kind.INDEPENDENT;
    return new Comparison(Math.max(topical, reused), topical >= config.sameStory() || reused >= config.rewrite(), relation);
  }

}
