package org.storyfold;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.storyfold.cluster.Clusterer;
import org.storyfold.cluster.OnlineClusterer;
import org.storyfold.extract.Boilerplate;
import org.storyfold.extract.Cleaning;
import org.storyfold.extract.Extractor;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.PairsRead;
import org.storyfold.io.ReadResult;
import org.storyfold.io.TextPair;
import org.storyfold.reuse.Comparison;
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
 * The engine, and the one way in for every face (CLI, server, Spark): read inputs, clean them, group
 * them into stories, describe each story, compare pairs of texts. Each step can be called on its own;
 * {@link #fold} runs read-to-stories in one call. The same input gives the same stories through every
 * face because every face calls these methods and computes nothing itself.
 *
 * <pre>
 *  read -> clean -> stories -> describe        compare (pairs)
 * </pre>
 *
 * <p>Thread-safe once built; building loads the language model, so build one and keep it. The
 * embedding model is loaded on first use (or ahead of it, {@link #preloadLeadModel}), and only when the
 * configuration allows it.
 */
public final class Storyfold {
  private static final int LEAD_MEMO = 16_384;
  private final StoryfoldConfig config;
  private final TextAnalyzer analyzer = new TextAnalyzer();
  private final Fingerprinter fingerprinter = new Fingerprinter();
  private final Boilerplate boilerplate;
  private final ArticleReader reader;
  private final DateFinder dates = new DateFinder();
  /**
   * The models, each loaded once by whichever thread asks first ({@link #loaded}); a failed load is
   * kept and rethrown at every use, never tried again. Not under this object's lock, so a load never
   * holds up {@link #reuse}.
   */
  private final FutureTask<Embedder> sentenceModel;
  private final FutureTask<Embedder> leadModel;
  private final AtomicBoolean preloading = new AtomicBoolean();
  /** Lead vectors by lead text, the most recently used {@link #LEAD_MEMO} of them (1.5 KB each for MiniLM). */
  private final Map<String, float[]> leadMemo = new java.util.LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
      return size() > LEAD_MEMO;
    }
  };
  private Reuse reuse;
  private Reuse pairScorer;

  /**
   * @throws IllegalArgumentException when {@code config.model()} names a folder that does not hold a
   *                                  model ({@code model.onnx} and {@code tokenizer.json}): checked here,
   *                                  before any input is read
   */
  public Storyfold(StoryfoldConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    if (config.model() != null) {
      Embedder.checkFolder(config.model());
    }
    this.sentenceModel = new FutureTask<>(() ->
        config.model() == null ? Embedder.bundled() : Embedder.fromFolder(config.model()));
    this.leadModel = new FutureTask<>(() -> config.model() == null ? Embedder.bundledQuantized() : embedder());
    this.boilerplate = new Boilerplate(config.clean());
    this.reader = new ArticleReader(config.maxArticleBytes(), new Extractor(config.extract()));
  }

  /** An engine with {@link StoryfoldConfig#defaults()}. */
  public static Storyfold withDefaults() {
    return new Storyfold(StoryfoldConfig.defaults());
  }

  /**
   * Reads files, folders (recursively) and, for {@code -}, JSON lines from {@code stdin}; HTML pages and
   * WARC records go through the extractor. Bad inputs come back as rejections; nothing is thrown for them.
   */
  public ReadResult read(List<String> inputs, InputStream stdin) {
    return reader.read(inputs, stdin);
  }

  /**
   * Reads articles posted as JSON, as a server receives them: JSON lines ({@code lines}) or one object
   * that may span lines, with the fields of {@code .jsonl} input; {@code html} may stand for
   * {@code text} and goes through the extractor. Bad lines come back as rejections named {@code name:N}.
   */
  public ReadResult readJson(String name, InputStream in, boolean lines) {
    return reader.readJson(name, in, lines);
  }

  /** Reads pairs of texts to compare: JSON lines {@code {"id","a","b"}}, {@code -} for {@code stdin}. */
  public PairsRead readPairs(String input, InputStream stdin) {
    return reader.readPairs(input, stdin);
  }

  /** Cleans what was read: site boilerplate out of flat text; extracted pages pass as they are. */
  public Cleaning clean(ReadResult read) {
    Objects.requireNonNull(read, "read");
    return clean(read.articles(), read.pages());
  }

  /**
   * What a batch folds into: what was read (with its rejections), the cleaned articles, and the stories,
   * largest first. Describe each story with {@link #describe(Story, Cleaning)} when it is wanted.
   */
  public record Batch(ReadResult read, Cleaning cleaning, List<Story> stories) {
    public Batch {
      Objects.requireNonNull(read, "read");
      Objects.requireNonNull(cleaning, "cleaning");
      stories = List.copyOf(stories);
    }
  }

  /** Read, clean and group in one call. */
  public Batch fold(List<String> inputs, InputStream stdin) {
    ReadResult read = read(inputs, stdin);
    Cleaning cleaning = clean(read);
    return new Batch(read, cleaning, stories(cleaning.articles()));
  }

  /**
   * Compares pairs of texts (two sentences: the same content? two articles: the same story?), in input
   * order. Article pairs are weighed by the batch's own word frequencies, so a batch scores better than
   * its pairs one by one. With embeddings on, all texts go through the model in one batch, far cheaper
   * than one call a pair; the pairs are then scored on every core.
   *
   * @throws IllegalArgumentException when a text is empty (readPairs never gives one)
   */
  public List<Comparison> compare(List<TextPair> pairs) {
    Objects.requireNonNull(pairs, "pairs");
    Reuse scorer = pairScorer();
    List<String[]> texts = pairs.stream().map(p -> new String[] {p.a(), p.b()}).toList();
    if (!config.embeddings() || pairs.isEmpty()) {
      return scorer.comparisons(texts, null, null);
    }
    List<float[]> va = embedder().embedAll(pairs.stream().map(TextPair::a).toList());
    List<float[]> vb = embedder().embedAll(pairs.stream().map(TextPair::b).toList());
    return scorer.comparisons(texts, va, vb);
  }

  /** The ISO 639-1 code of a text's language ({@code und} when it cannot tell). */
  public String detectLanguage(String text) {
    return analyzer.detectLanguage(text);
  }

  /**
   * Describes one story: aligns its articles (who copied whom, originality) and compares what they
   * say (facts, entities, summary). {@code cleaning} is the batch's cleaning, whose removed lines
   * still spell names. A story of more than {@link org.storyfold.reuse.ReuseConfig#maxAligned} articles
   * (1,000) is described from that many representatives (the earliest, the most central); the others
   * stay members, listed in {@link ReuseReport#notAligned}.
   */
  public StoryReport describe(Story story, Cleaning cleaning) {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(cleaning, "cleaning");
    ReuseReport reuse = reuse().report(story.articles());
    // facts, entities and summary from the aligned members only (all of them unless the story is over
    // ReuseConfig.maxAligned): their sources are known, so the independent ones are counted right
    Set<String> left = new HashSet<>(reuse.notAligned());
    List<Article> described = left.isEmpty() ? story.articles()
        : story.articles().stream().filter(a -> !left.contains(a.id())).toList();
    java.util.Map<String, List<Cleaning.Removal>> removed = new java.util.HashMap<>();
    for (Article a : described) {
      List<Cleaning.Removal> r = cleaning.removed().get(a.id());
      if (r != null) {
        removed.put(a.id(), r);
      }
    }
    StoryFacts facts = Facts.of(new Cleaning(described, removed), reuse, analyzer);
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
  public Embedder embedder() {
    return loaded(sentenceModel);
  }

  /**
   * Starts loading the model the grouping asks about doubtful merges ({@link #leads}) on a background
   * thread, so that its load overlaps reading and cleaning the input instead of holding up the first
   * doubtful merge. Does nothing when this engine runs without embeddings. A failed load is reported
   * where the model is first used. Call {@link #awaitLeadModel} before the program exits.
   */
  public void preloadLeadModel() {
    if (config.embeddings() && preloading.compareAndSet(false, true)) {
      Thread loader = new Thread(leadModel, "storyfold-model-load");
      loader.setDaemon(true);
      loader.start();
    }
  }

  /**
   * Waits until a load that {@link #preloadLeadModel} started has ended, however it ended: the
   * runtime must not exit while ONNX Runtime is still unpacking its native library or building a session.
   */
  public void awaitLeadModel() {
    if (preloading.get()) {
      try {
        leadModel.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // reported where the model is used; a run that never used it has nothing to report
      }
    }
  }

  /** Whether the lead model's load has ended (loaded or failed). */
  boolean leadModelLoaded() {
    return leadModel.isDone();
  }

  /**
   * The model the grouping's lead vectors come from, loaded on first use: the bundled all-MiniLM-L6-v2
   * with 8-bit weights ({@link Embedder#bundledQuantized()}, 0.45 of the float model's time a lead), or
   * the configured model folder's, which then serves both. Sentence and pair comparisons keep the float
   * model ({@link #embedder()}), whose thresholds were set on it.
   */
  private Embedder leadEmbedder() {
    return loaded(leadModel);
  }

  /** The model, loaded here unless another thread has loaded it or is loading it (then waited for). */
  private static Embedder loaded(FutureTask<Embedder> model) {
    model.run(); // returns at once when the task has run or is running
    try {
      return model.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the embedding model loaded", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
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

  /** Analyzes one article (language, terms, names, numbers). */
  public Analysis analyze(Article article) {
    return analyzer.analyze(article);
  }

  /** Groups clean articles into stories, largest first; every article is in exactly one story. */
  public List<Story> stories(List<Article> articles) {
    return stories(articles, null);
  }

  /**
   * As {@link #stories(List)}, for a part of a larger batch (a Spark component, a topic's worth of
   * it): topics are formed with the whole batch's document frequencies and chance similarity
   * ({@code whole}), so the part is grouped as it would be in one run over the whole batch.
   *
   * @param whole the whole batch's weighting with its chance similarity, or null: the articles are the batch
   */
  public List<Story> stories(List<Article> articles, org.storyfold.cluster.PairScorer whole) {
    Objects.requireNonNull(articles, "articles");
    List<Analysis> analyses = articles.parallelStream().map(analyzer::analyze).toList();
    List<Fingerprint> fps = analyses.parallelStream().map(fingerprinter::of).toList();
    List<OffsetDateTime> dates = articles.stream().map(Article::published).toList();
    List<OffsetDateTime> written = config.cluster().writtenDaysApart() == 0 // unused: skip the regexes
        ? java.util.Collections.nCopies(articles.size(), null)
        : articles.parallelStream().map(this::written).toList();
    List<Article> analyzed = analyses.stream().map(Analysis::article).toList();
    List<List<Integer>> groups = new Clusterer(config.cluster()).cluster(fps, dates, written,
        config.embeddings() ? ids -> leads(analyzed, ids) : null, whole);
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

  /**
   * An online grouping over this engine's configuration: articles one at a time, each placed with the
   * batch's weighting, similarity and thresholds over everything added so far (see
   * {@link OnlineClusterer}). Fingerprint each article with {@link #fingerprint}. One per store.
   */
  public OnlineClusterer online() {
    return new OnlineClusterer(config.cluster());
  }

  /**
   * The lead vectors the batch grouping asks about doubtful merges, for a second look over stored
   * articles (numbered as the caller's scope: {@code article} gives each on demand), or null when this
   * engine runs without embeddings.
   */
  public org.storyfold.cluster.LeadVectors leads(java.util.function.IntFunction<Article> article) {
    if (!config.embeddings()) {
      return null;
    }
    return ids -> leadEmbedder().embedAll(java.util.Arrays.stream(ids).mapToObj(i -> Embedder.leadText(article.apply(i)))
        .toList()).toArray(new float[0][]);
  }

  /** The fingerprint the grouping compares an article by (its analysis reduced to arrays). */
  public Fingerprint fingerprint(Article article) {
    Objects.requireNonNull(article, "article");
    return fingerprinter.of(analyzer.analyze(article));
  }

  /** The date of an undated article's byline or dateline, if it has one. */
  private OffsetDateTime written(Article a) {
    return a.published() != null ? null
        : dates.dateline(a.text()).map(d -> d.atStartOfDay().atOffset(java.time.ZoneOffset.UTC)).orElse(null);
  }

  /**
   * Lead vectors for the clusterer: each distinct lead text goes through the model once per engine (a
   * story's copies and a re-run batch cost nothing more), the rest in one call, which spreads them over
   * the cores. The vectors are shared, never written.
   */
  private float[][] leads(List<Article> articles, int[] ids) {
    float[][] out = new float[ids.length][];
    String[] texts = new String[ids.length];
    Map<String, Integer> ask = new java.util.LinkedHashMap<>();
    synchronized (leadMemo) {
      for (int i = 0; i < ids.length; i++) {
        texts[i] = Embedder.leadText(articles.get(ids[i]));
        out[i] = leadMemo.get(texts[i]);
        if (out[i] == null) {
          ask.putIfAbsent(texts[i], ask.size());
        }
      }
    }
    if (ask.isEmpty()) {
      return out;
    }
    List<float[]> got = leadEmbedder().embedAll(new ArrayList<>(ask.keySet()));
    synchronized (leadMemo) {
      ask.forEach((text, k) -> leadMemo.put(text, got.get(k)));
    }
    for (int i = 0; i < ids.length; i++) {
      if (out[i] == null) {
        out[i] = got.get(ask.get(texts[i]));
      }
    }
    return out;
  }

  /**
   * The story's headline: the title whose terms the other articles' texts share most, in the story's main
   * language (a translation's title is not the headline of a story told mostly in English). A title
   * nobody else echoes is an outlet's own spin. Linear in the story: each term's count of texts holding
   * it is taken once, and an article's own text is subtracted from its title's score. The one headline
   * algorithm: the text report and the JSON print this.
   */
  static String headline(List<Analysis> members) {
    Map<String, Integer> languages = new HashMap<>();
    Map<String, Integer> textsWith = new HashMap<>();
    List<Set<String>> texts = new ArrayList<>(members.size());
    for (Analysis a : members) {
      languages.merge(String.valueOf(a.article().language()), 1, Integer::sum);
      Set<String> terms = new HashSet<>(a.terms());
      terms.addAll(a.titleTerms());
      texts.add(terms);
      terms.forEach(t -> textsWith.merge(t, 1, Integer::sum));
    }
    String main = languages.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    String best = null;
    double bestScore = -1;
    for (int i = 0; i < members.size(); i++) {
      Analysis a = members.get(i);
      Set<String> title = new HashSet<>(a.titleTerms());
      if (a.article().title().isBlank() || title.isEmpty()
          || !String.valueOf(a.article().language()).equals(main)) {
        continue;
      }
      double score = 0;
      for (String term : title) {
        score += textsWith.getOrDefault(term, 0) - (texts.get(i).contains(term) ? 1 : 0);
      }
      score = members.size() > 1 ? score / title.size() / (members.size() - 1) : 1;
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
