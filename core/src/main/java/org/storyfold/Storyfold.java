package org.storyfold;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storyfold.cluster.Clusterer;
import org.storyfold.extract.Boilerplate;
import org.storyfold.extract.Cleaning;
import org.storyfold.facts.Facts;
import org.storyfold.facts.StoryFacts;
import org.storyfold.reuse.Reuse;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.fingerprint.Fingerprint;
import org.storyfold.fingerprint.Fingerprinter;
import org.storyfold.story.Article;
import org.storyfold.story.Story;
import org.storyfold.text.Analysis;
import org.storyfold.text.DateFinder;
import org.storyfold.text.Embedder;
import org.storyfold.text.TextAnalyzer;

/**
 * The engine: clean articles, analyze them, fingerprint them, group them into stories. Every face
 * (CLI, server, Spark) goes through here, so the same input gives the same stories everywhere.
 * Thread-safe once built; building loads the language model, so build one and keep it.
 */
public final class Storyfold {
  private final StoryfoldConfig config;
  private final TextAnalyzer analyzer = new TextAnalyzer();
  private final Fingerprinter fingerprinter = new Fingerprinter();
  private final Boilerplate boilerplate = new Boilerplate();
  private final DateFinder dates = new DateFinder();
  private Embedder embedder;
  private Reuse reuse;
  private Reuse pairScorer;

  public Storyfold(StoryfoldConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * Describes one story: aligns its articles (who copied whom, originality) and compares what they
   * say (facts, entities, summary). {@code cleaning} is the batch's cleaning, whose removed lines
   * still spell names.
   */
  public StoryReport describe(Story story, Cleaning cleaning) {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(cleaning, "cleaning");
    ReuseReport reuse = reuse().report(story.articles());
    java.util.Map<String, List<Cleaning.Removal>> removed = new java.util.HashMap<>();
    for (Article a : story.articles()) {
      List<Cleaning.Removal> r = cleaning.removed().get(a.id());
      if (r != null) {
        removed.put(a.id(), r);
      }
    }
    StoryFacts facts = Facts.of(new Cleaning(story.articles(), removed), reuse);
    return new StoryReport(story, reuse, facts);
  }

  /** Text reuse with this engine's analyzer: story alignment, which is lexical (no model to load). */
  public synchronized Reuse reuse() {
    if (reuse == null) {
      reuse = new Reuse(analyzer, null);
    }
    return reuse;
  }

  /**
   * Text reuse for comparing lone texts ({@code storyfold pairs}): two sentences are also compared
   * by the embedding model unless the configuration turns it off.
   */
  public synchronized Reuse pairScorer() {
    if (pairScorer == null) {
      pairScorer = config.embeddings() ? new Reuse(analyzer, embedder()) : reuse();
    }
    return pairScorer;
  }

  /** The sentence-embedding model, loaded on first use (it takes a second and 100 MB). */
  public synchronized Embedder embedder() {
    if (embedder == null) {
      embedder = config.model() == null ? Embedder.bundled() : Embedder.fromFolder(config.model());
    }
    return embedder;
  }

  public StoryfoldConfig config() {
    return config;
  }

  /**
   * Removes site boilerplate line by line from the flat-text articles of a batch; articles whose ids
   * are in {@code extracted} came out of HTML through the extractor and are passed through as they are.
   */
  public Cleaning clean(List<Article> articles, Set<String> extracted) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(extracted, "extracted");
    List<Article> flat = articles.stream().filter(a -> !extracted.contains(a.id())).toList();
    if (flat.isEmpty()) {
      return new Cleaning(articles, java.util.Map.of());
    }
    Cleaning cleaned = boilerplate.clean(flat);
    java.util.Map<String, Article> byId = new java.util.HashMap<>();
    cleaned.articles().forEach(a -> byId.put(a.id(), a));
    List<Article> all = articles.stream().map(a -> byId.getOrDefault(a.id(), a)).toList();
    return new Cleaning(all, cleaned.removed());
  }

  /** The text analyzer (language detection, terms, names, numbers). */
  public TextAnalyzer analyzer() {
    return analyzer;
  }

  /** Analyzes one article (language, terms, names, numbers). */
  public Analysis analyze(Article article) {
    return analyzer.analyze(article);
  }

  /** Groups clean articles into stories, largest first; every article is in exactly one story. */
  public List<Story> stories(List<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    List<Analysis> analyses = articles.parallelStream().map(analyzer::analyze).toList();
    List<Fingerprint> fps = analyses.parallelStream().map(fingerprinter::of).toList();
    List<OffsetDateTime> dates = articles.stream().map(Article::published).toList();
    List<OffsetDateTime> written = articles.stream().map(this::written).toList();
    List<Article> analyzed = analyses.stream().map(Analysis::article).toList();
    List<List<Integer>> groups = new Clusterer(config.cluster()).cluster(fps, dates, written,
        config.embeddings() ? ids -> leads(analyzed, ids) : null);
    List<Story> stories = new ArrayList<>(groups.size());
    for (List<Integer> group : groups) {
      List<Analysis> members = group.stream().map(analyses::get).toList();
      List<Article> ordered = members.stream().map(Analysis::article)
          .sorted(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
              .thenComparing(Article::id))
          .toList();
      stories.add(new Story("s" + (stories.size() + 1), headline(members), ordered));
    }
    return stories;
  }

  /** The date of an undated article's byline or dateline, if it has one. */
  private OffsetDateTime written(Article a) {
    return a.published() != null ? null
        : dates.dateline(a.text()).map(d -> d.atStartOfDay().atOffset(java.time.ZoneOffset.UTC)).orElse(null);
  }

  private float[][] leads(List<Article> articles, int[] ids) {
    List<String> texts = java.util.Arrays.stream(ids).mapToObj(i -> Embedder.leadText(articles.get(i))).toList();
    return embedder().embedAll(texts).toArray(new float[0][]);
  }

  /**
   * The title whose words the story's articles share most: the sum over members of the share of the
   * title's terms that the member uses. A title nobody else echoes is an outlet's own spin.
   */
  static String headline(List<Analysis> members) {
    String best = null;
    double bestScore = -1;
    for (Analysis a : members) {
      if (a.article().title().isBlank() || a.titleTerms().isEmpty()) {
        continue;
      }
      Set<String> title = new HashSet<>(a.titleTerms());
      double score = 0;
      for (Analysis other : members) {
        Set<String> words = new HashSet<>(other.terms());
        score += title.stream().filter(words::contains).count() / (double) title.size();
      }
      if (score > bestScore) {
        bestScore = score;
        best = a.article().title();
      }
    }
    if (best != null) {
      return best;
    }
    String text = members.get(0).article().text().strip();
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.length() > 120 ? first.substring(0, 117) + "..." : first;
  }
}
