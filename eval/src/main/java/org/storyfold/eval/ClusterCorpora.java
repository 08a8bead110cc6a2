package org.storyfold.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;

/**
 * The corpora the clustering is developed and checked on, built from the public sets, each scored
 * with the engine's defaults beside the {@link TfidfBaseline} run on the same articles in the same JVM:
 * ECB+ whole and by split; each ECB+ topic alone (two events of one kind: the mean over topics);
 * same-kind batches (every crime or violence topic of ECB+ cut to 1-12 or 1-3 articles per event, like
 * local crime news; the three earthquake topics together); GoogleNews-TS, and GoogleNews-TS with an ECB+
 * topic mixed in. Speed: articles per second on growing batches, as a ratio to the baseline; with a
 * crawl-like file ({@code bench/scripts/crawl_corpus.py}), also on its first 1,000 to 11,000 full
 * articles.
 *
 * <p>Run: {@code java -cp cli/target/storyfold.jar org.storyfold.eval.ClusterCorpora ../shared/eval
 * quality|dev|topics|sweep|speed [CRAWL.jsonl]}.
 */
public final class ClusterCorpora {
  /**
   * ECB+ topics whose two events are crimes or violence (a killing, a shooting, a bombing, an arson,
   * a robbery, a hit and run), read from each topic's first article; the nearest thing in the public
   * sets to a crawl of local crime news.
   */
  static final Set<String> CRIME_TOPICS =
      Set.of("3", "8", "13", "16", "18", "19", "21", "22", "24", "26", "32", "33", "36", "41", "45");
  /** ECB+ topics whose events are earthquakes. */
  static final Set<String> QUAKE_TOPICS = Set.of("20", "37", "38");

  private final ObjectMapper json = new ObjectMapper();

  /** An article with its gold event, topic and split. */
  record Labelled(Article article, String event, String topic, String split) {}

  /** One corpus scored: ours and the baseline's scores, and each one's seconds. */
  record Result(String name, int articles, ClusterScores ours, ClusterScores baseline, double oursSeconds,
                double baselineSeconds) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-34s n=%5d  F1 %.3f (P %.3f R %.3f, %d/%d clusters)  baseline F1 %.3f"
              + "  | %6.0f art/s, baseline %6.0f art/s, ratio %.2f",
          name, articles, ours.b3F1(), ours.b3Precision(), ours.b3Recall(), ours.predicted(), ours.gold(),
          baseline.b3F1(), articles / oursSeconds, articles / baselineSeconds, baselineSeconds / oursSeconds);
    }
  }

  private final Storyfold engine;
  private final TfidfBaseline baseline;
  /** The articles {@link #score} was last given, for the speed lines' second run. */
  private List<Article> lastBatch = List.of();

  ClusterCorpora(Storyfold engine, TfidfBaseline baseline) {
    this.engine = engine;
    this.baseline = baseline;
  }

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
    String what = args.length > 1 ? args[1] : "quality";
    boolean model = !List.of(args).contains("--no-model");
    // --cluster T,R,F: another topic threshold, refine threshold and fragment share, to compare with the defaults
    org.storyfold.cluster.ClusterConfig cluster = org.storyfold.cluster.ClusterConfig.defaults();
    for (int i = 2; i + 1 < args.length; i++) {
      if (args[i].equals("--cluster")) {
        double[] v = Arrays.stream(args[i + 1].split(",")).mapToDouble(Double::parseDouble).toArray();
        cluster = cluster.withThreshold(v[0]).withRefineThreshold(v[1]).withFragmentShare(v[2]);
      }
    }
    ClusterCorpora c = new ClusterCorpora(new Storyfold(StoryfoldConfig.defaults().withEmbeddings(model)
        .withCluster(cluster)),
        new TfidfBaseline(TfidfBaseline.THRESHOLD));
    PrintStream out = System.out;
    List<Labelled> ecb = c.load(dir.resolve("ecbplus/docs.jsonl"));
    switch (what) {
      case "sweep" -> sweep(ecb, out);
      case "dev" -> c.dev(ecb, out);
      case "diag" -> c.diag(only(crime(ecb, args.length > 2 && args[2].matches("\\d+") ? Long.parseLong(args[2]) : 7, args.length > 3 && args[3].matches("\\d+") ? Integer.parseInt(args[3]) : 3), l -> !"test".equals(l.split())), out);
      case "topics" -> c.topics(only(ecb, l -> !"test".equals(l.split())), out);
      // speed [CRAWL.jsonl]: also the first 1,000, 3,000, 6,000 and 11,000 of a crawl-like corpus of full articles
      case "speed" -> c.speed(ecb, c.load(dir.resolve("googlenews_ts/docs.jsonl")),
          crawlFile(args) == null ? List.of() : c.load(crawlFile(args)), out);
      default -> c.quality(ecb, c.load(dir.resolve("googlenews_ts/docs.jsonl")), out);
    }
  }

  /** The file after the mode that is neither a flag nor the value of {@code --cluster}, or null. */
  private static Path crawlFile(String[] args) {
    for (int i = 2; i < args.length; i++) {
      if (args[i].equals("--cluster")) {
        i++;
      } else if (!args[i].startsWith("--")) {
        return Path.of(args[i]);
      }
    }
    return null;
  }

  /** Every quality figure, one line per corpus. */
  void quality(List<Labelled> ecb, List<Labelled> gnts, PrintStream out) {
    out.println(score("ecb+ test split", only(ecb, l -> "test".equals(l.split()))));
    out.println(score("ecb+ all", ecb));
    for (String split : List.of("train", "dev", "test", "")) {
      out.println(perTopic(split.isEmpty() ? "ecb+ topics one by one (all 43)" : "ecb+ " + split + " topics one by one",
          only(ecb, l -> split.isEmpty() || split.equals(l.split()))));
    }
    out.println(score("ecb+ crime topics 1-12 per event", crime(ecb, 7)));
    out.println(score("ecb+ crime topics 1-12 (2nd draw)", crime(ecb, 11)));
    out.println(score("ecb+ crime topics 1-3 per event", crime(ecb, 7, 3)));
    out.println(score("ecb+ crime topics 1-3 (2nd draw)", crime(ecb, 11, 3)));
    out.println(score("ecb+ crime topics whole", only(ecb, l -> CRIME_TOPICS.contains(l.topic()))));
    out.println(score("ecb+ earthquake topics", only(ecb, l -> QUAKE_TOPICS.contains(l.topic()))));
    out.println(score("googlenews-ts", gnts));
    List<Labelled> mixed = new ArrayList<>(gnts);
    mixed.addAll(only(ecb, l -> l.topic().equals("37")));
    out.println(score("googlenews-ts + ecb+ topic 37", mixed));
    List<Labelled> mixedCrime = new ArrayList<>(gnts);
    mixedCrime.addAll(crime(ecb, 7));
    out.println(score("googlenews-ts + ecb+ crime 1-12", mixedCrime));
    List<Labelled> mixedSmall = new ArrayList<>(gnts);
    mixedSmall.addAll(crime(ecb, 7, 3));
    out.println(score("googlenews-ts + ecb+ crime 1-3", mixedSmall));
  }

  /** The corpora for choices: ECB+ train and dev splits only, whole and topic by topic, and same-kind batches. */
  void dev(List<Labelled> ecb, PrintStream out) {
    List<Labelled> dev = only(ecb, l -> !"test".equals(l.split()));
    out.println(score("ecb+ train+dev", dev));
    out.println(perTopic("ecb+ train+dev topics one by one", dev));
    Predicate<Labelled> notTest = l -> !"test".equals(l.split());
    out.println(score("ecb+ crime 1-12 train+dev", only(crime(ecb, 7), notTest)));
    out.println(score("ecb+ crime 1-12 train+dev (2nd)", only(crime(ecb, 11), notTest)));
    out.println(score("ecb+ crime whole train+dev", only(ecb, l -> CRIME_TOPICS.contains(l.topic()) && notTest.test(l))));
    out.println(score("ecb+ crime 1-3 train+dev", only(crime(ecb, 7, 3), notTest)));
    out.println(score("ecb+ crime 1-3 train+dev (2nd)", only(crime(ecb, 11, 3), notTest)));
  }

  void diag(List<Labelled> docs, PrintStream out) {
    Map<String, String> gold = new HashMap<>();
    docs.forEach(l -> gold.put(l.article().id(), l.event()));
    engine.stories(docs.stream().map(Labelled::article).toList()).forEach(s -> {
      Map<String, Integer> c = new java.util.TreeMap<>();
      s.articles().forEach(a -> c.merge(gold.get(a.id()), 1, Integer::sum));
      out.println(s.articles().size() + " " + c);
      s.articles().forEach(a -> out.println("    " + gold.get(a.id()) + " " + a.id() + " "
          + engine.analyze(a).places()));
    });
  }

  /**
   * The train and dev topics one by one, worst first, and for those below 0.95 each story's gold events
   * and the places its articles name: what goes wrong, merges or splits.
   */
  void topics(List<Labelled> docs, PrintStream out) {
    Map<String, List<Labelled>> byTopic = new LinkedHashMap<>();
    docs.forEach(l -> byTopic.computeIfAbsent(l.topic(), k -> new ArrayList<>()).add(l));
    List<Result> results = new ArrayList<>();
    byTopic.forEach((t, topic) -> results.add(score("topic " + t, topic)));
    results.sort(java.util.Comparator.comparingDouble(r -> r.ours().b3F1()));
    for (Result r : results) {
      out.println(r);
      if (r.ours().b3F1() < 0.95) {
        diag(byTopic.get(r.name().substring(6)), out);
      }
    }
  }

  /**
   * Throughput on growing batches: GoogleNews-TS subsets, replicas of ECB+'s full articles and, when
   * given, the first articles of a crawl-like corpus (full articles whose texts differ). Each line
   * gives the engine as configured (the model on unless {@code --no-model}) beside the baseline, then,
   * with the model on, the same batch with words alone, each as a ratio to the baseline's time.
   */
  void speed(List<Labelled> ecb, List<Labelled> gnts, List<Labelled> crawl, PrintStream out) {
    Storyfold words = engine.config().embeddings()
        ? new Storyfold(engine.config().withEmbeddings(false)) : null;
    speedLine(score("warm-up", ecb.subList(0, 300)), words);
    List<Labelled> shuffled = new ArrayList<>(gnts);
    Collections.shuffle(shuffled, new Random(3));
    for (int n : new int[] {1000, 3000, 6000, gnts.size()}) {
      out.println(speedLine(score("googlenews-ts first " + n, shuffled.subList(0, n)), words));
    }
    for (int copies : new int[] {1, 3, 6, 11}) {
      List<Labelled> rep = new ArrayList<>();
      for (int k = 0; k < copies; k++) {
        for (Labelled l : ecb) {
          Article a = l.article();
          rep.add(new Labelled(new Article(a.id() + "#" + k, a.url(), a.source(), a.title(), a.text(),
              a.published(), a.language()), l.event() + "#" + k, l.topic(), l.split()));
        }
      }
      out.println(speedLine(score("ecb+ x" + copies + " (replicas)", rep), words));
    }
    // full articles that differ (rewrites and wire copies, bench/scripts/crawl_corpus.py), in file order;
    // a fresh engine for each, so no batch finds its leads embedded by a smaller one; its model is
    // loaded before the clock starts, as the other lines' was by the warm-up. At most 11,000: the
    // baseline holds all pairs (about 2 n^2 bytes).
    for (int n : java.util.stream.IntStream.of(1000, 3000, 6000, Math.min(crawl.size(), 11_000))
        .filter(n -> n > 0 && n <= crawl.size()).distinct().toArray()) {
      Storyfold fresh = new Storyfold(engine.config());
      fresh.preloadLeadModel();
      fresh.awaitLeadModel();
      ClusterCorpora run = new ClusterCorpora(fresh, baseline);
      out.println(run.speedLine(run.score("crawl-like first " + n, crawl.subList(0, n)), words));
    }
  }

  /** A speed line, with the same batch's words-alone rate appended when {@code words} is given. */
  private String speedLine(Result r, Storyfold words) {
    if (words == null) {
      return r.toString();
    }
    List<Article> articles = r.articles() == 0 ? List.of() : lastBatch;
    long t0 = System.nanoTime();
    words.stories(articles);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return r + String.format(Locale.ROOT, "  | no model %6.0f art/s, ratio %.2f", articles.size() / seconds,
        r.baselineSeconds() / seconds);
  }

  /** The baseline's B-cubed F1 on the ECB+ train split over its thresholds: how its one threshold is chosen. */
  static void sweep(List<Labelled> ecb, PrintStream out) {
    List<Labelled> train = only(ecb, l -> "train".equals(l.split()));
    for (int t = 5; t <= 40; t++) {
      int[] labels = new TfidfBaseline(t / 100.0).cluster(train.stream().map(l -> l.article().fullText()).toList());
      out.printf(Locale.ROOT, "baseline threshold %.2f: ecb+ train B-cubed F1 %.3f%n", t / 100.0,
          ClusterScores.of(Arrays.stream(labels).mapToObj(Integer::toString).toList(), events(train)).b3F1());
    }
  }

  /** The mean over topics of each topic clustered alone. */
  Result perTopic(String name, List<Labelled> docs) {
    Map<String, List<Labelled>> byTopic = new LinkedHashMap<>();
    docs.forEach(l -> byTopic.computeIfAbsent(l.topic(), k -> new ArrayList<>()).add(l));
    double[] sum = new double[5];
    for (List<Labelled> topic : byTopic.values()) {
      Result r = score(name, topic);
      sum[0] += r.ours().b3F1();
      sum[1] += r.baseline().b3F1();
      sum[2] += r.oursSeconds();
      sum[3] += r.baselineSeconds();
      sum[4] += r.ours().b3Precision();
    }
    int k = byTopic.size();
    ClusterScores ours = new ClusterScores(sum[4] / k, 0, sum[0] / k, 0, 0, docs.size(), 0, 0);
    ClusterScores base = new ClusterScores(0, 0, sum[1] / k, 0, 0, docs.size(), 0, 0);
    return new Result(name + " mean", docs.size(), ours, base, sum[2], sum[3]);
  }

  Result score(String name, List<Labelled> docs) {
    List<Article> articles = docs.stream().map(Labelled::article).toList();
    lastBatch = articles;
    long t0 = System.nanoTime();
    Map<String, String> predicted = new HashMap<>();
    engine.stories(articles).forEach(s -> s.articles().forEach(a -> predicted.put(a.id(), s.id())));
    long t1 = System.nanoTime();
    int[] base = baseline.cluster(articles.stream().map(Article::fullText).toList());
    long t2 = System.nanoTime();
    List<String> gold = events(docs);
    ClusterScores ours = ClusterScores.of(articles.stream().map(a -> predicted.get(a.id())).toList(), gold);
    ClusterScores theirs = ClusterScores.of(Arrays.stream(base).mapToObj(Integer::toString).toList(), gold);
    return new Result(name, docs.size(), ours, theirs, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  /**
   * Every crime or violence event of ECB+, each cut to a random 1 to 12 of its articles (seeded): many
   * small events of one kind, as in a crawl of local crime news.
   */
  static List<Labelled> crime(List<Labelled> ecb, long seed) {
    return crime(ecb, seed, 12);
  }

  /** As {@link #crime(List, long)}, each event cut to 1 to {@code most} articles. */
  static List<Labelled> crime(List<Labelled> ecb, long seed, int most) {
    Map<String, List<Labelled>> byEvent = new LinkedHashMap<>();
    only(ecb, l -> CRIME_TOPICS.contains(l.topic()))
        .forEach(l -> byEvent.computeIfAbsent(l.event(), k -> new ArrayList<>()).add(l));
    Random random = new Random(seed);
    List<Labelled> out = new ArrayList<>();
    for (List<Labelled> event : byEvent.values()) {
      List<Labelled> copy = new ArrayList<>(event);
      Collections.shuffle(copy, random);
      out.addAll(copy.subList(0, Math.min(copy.size(), 1 + random.nextInt(most))));
    }
    return out;
  }

  static List<Labelled> only(List<Labelled> docs, Predicate<Labelled> keep) {
    return docs.stream().filter(keep).toList();
  }

  private static List<String> events(List<Labelled> docs) {
    return docs.stream().map(Labelled::event).toList();
  }

  /** Reads and cleans a labelled JSON-lines file the way any input is read, labels kept aside. */
  List<Labelled> load(Path file) {
    Map<String, JsonNode> meta = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          meta.put(n.get("id").asText(), n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    ReadResult read = new ArticleReader(engine.config().maxArticleBytes(), new org.storyfold.extract.Extractor())
        .read(List.of(file.toString()), System.in);
    List<Labelled> out = new ArrayList<>();
    for (Article a : engine.clean(read.articles(), read.pages()).articles()) {
      JsonNode n = meta.get(a.id());
      out.add(new Labelled(a, n.path("event").asText(), n.path("topic").asText(""), n.path("split").asText("")));
    }
    return out;
  }
}
