package org.storyfold.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * The clustering step: {@link Storyfold#stories} without the embedding model (as {@code --no-model}:
 * analysis, fingerprints, candidate pairs, average link) against {@link TfIdfAverageLink}, TF-IDF and
 * cosine average link written plainly, on the first {@code docs} documents of GoogleNews-TS. One
 * thread: the fork runs with the common fork-join pool off, so the engine's parallel streams run in
 * the caller. One operation is one batch; scores are batches per second (times {@code docs}, articles
 * per second). Two batch sizes, because the peer is quadratic in memory and time and Storyfold's
 * candidate index is not.
 *
 * <p>Run from the repository root (the main prints the ratios after JMH's table, then each side's story count and B-cubed F1 on the gold events):
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.storyfold.bench.GroupingBenchmark
 * </pre>
 * JMH options may follow, e.g. {@code -p docs=3000}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class GroupingBenchmark {
  @Param({"1000", "4000"})
  public int docs;

  @Param("../shared/eval/googlenews_ts")
  public String googleNews;

  private final Storyfold engine = new Storyfold(StoryfoldConfig.defaults().withEmbeddings(false));
  private List<Article> articles;
  private List<String> texts;

  @Setup
  public void setup() {
    articles = Corpora.googleNews(Path.of(googleNews), docs);
    texts = articles.stream().map(Article::fullText).toList();
  }

  @Benchmark
  public List<Story> storyfold() {
    return engine.stories(articles);
  }

  @Benchmark
  public List<List<Integer>> tfIdfAverageLink() {
    return TfIdfAverageLink.cluster(texts);
  }

  public static void main(String[] args) throws Exception {
    PeerRun run = PeerRun.of(GroupingBenchmark.class, args);
    System.out.println();
    for (String docs : PeerRun.param(args, "docs", "1000,4000").split(",")) {
      run.ratio("storyfold", "tfIdfAverageLink", "docs=" + docs, "batches per second per thread");
      printQuality(Integer.parseInt(docs), PeerRun.param(args, "googleNews", "../shared/eval/googlenews_ts"));
    }
  }

  /** Story counts and B-cubed F1 of both sides on the gold events: they must do comparable work. */
  private static void printQuality(int docs, String googleNews) {
    GroupingBenchmark once = new GroupingBenchmark();
    once.docs = docs;
    once.googleNews = googleNews;
    once.setup();
    Map<String, String> gold = Corpora.googleNewsEvents(Path.of(googleNews), docs);
    List<List<String>> ours = once.storyfold().stream()
        .map(s -> s.articles().stream().map(Article::id).toList()).toList();
    List<List<String>> theirs = once.tfIdfAverageLink().stream()
        .map(g -> g.stream().map(i -> once.articles.get(i).id()).toList()).toList();
    System.out.printf(Locale.ROOT, "  %d documents, %d gold events: storyfold %d stories (B-cubed F1 %.3f), "
            + "TF-IDF average link %d groups (B-cubed F1 %.3f)%n", docs, new java.util.HashSet<>(gold.values()).size(),
        ours.size(), BCubed.f1(ours, gold), theirs.size(), BCubed.f1(theirs, gold));
  }
}
