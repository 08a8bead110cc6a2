package org.storyfold.bench;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
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
import org.storyfold.StoryReport;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Cleaning;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * Sentence alignment of one story: {@link Storyfold#describe} (the facade's step that aligns the
 * articles, finds who copied whom, and then compares their facts) against {@link PlainAlignment},
 * all-pairs Jaccard over the word 3-shingles of sentences, one thread. Two stories:
 * {@code storyA}, the examples' story A (7 articles: a wire, its copies and rewrites, a Spanish
 * translation), as the engine groups it; and {@code synthetic}, {@code copies} seeded light edits of
 * {@code examples/a-01-wire.txt} ({@link SyntheticStory}). One operation is one story; scores are
 * stories per second. {@code storyfold} also compares the articles' facts, which the peer does not;
 * {@code storyfoldAlignOnly} is the alignment alone ({@code Storyfold#reuse().report}, the reuse entry
 * point the facade hands out), the like-for-like candidate.
 *
 * <p>Run from the repository root (the main prints the ratios after JMH's table):
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.storyfold.bench.AlignmentBenchmark
 * </pre>
 * JMH options may follow, e.g. {@code -p copies=200}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2) // describe warms up slower than the other stages (facts, names)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class AlignmentBenchmark {
  private static final long SEED = 42;

  @Param({"storyA", "synthetic"})
  public String story;

  /** Articles in the synthetic story. */
  @Param("50")
  public int copies;

  @Param("examples")
  public String examples;

  private final Storyfold engine = new Storyfold(StoryfoldConfig.defaults().withEmbeddings(false));
  private Story subject;
  private Cleaning cleaning;

  @Setup
  public void setup() {
    Path dir = Path.of(examples);
    if (story.equals("storyA")) {
      Storyfold.Batch batch = engine.fold(List.of(dir.toString()), InputStream.nullInputStream());
      subject = batch.stories().stream()
          .filter(s -> s.articles().stream().anyMatch(a -> a.id().contains("a-01-wire")))
          .findFirst().orElseThrow(() -> new IllegalStateException("no story holds a-01-wire.txt"));
      cleaning = batch.cleaning();
    } else {
      Article wire = engine.read(List.of(dir.resolve("a-01-wire.txt").toString()), InputStream.nullInputStream())
          .articles().get(0);
      // the language is set, as after the analysis stage: detection is not part of alignment's cost
      List<Article> articles = SyntheticStory.of(wire, copies, SEED, "en");
      subject = new Story("synthetic", wire.title(), articles);
      cleaning = new Cleaning(articles, Map.of());
    }
  }

  @Benchmark
  public StoryReport storyfold() {
    return engine.describe(subject, cleaning);
  }

  /** The alignment alone, through the reuse entry point the facade hands out (no facts). */
  @Benchmark
  public ReuseReport storyfoldAlignOnly() {
    return engine.reuse().report(subject.articles());
  }

  @Benchmark
  public int plainJaccard() {
    return PlainAlignment.align(subject.articles());
  }

  public static void main(String[] args) throws Exception {
    PeerRun run = PeerRun.of(AlignmentBenchmark.class, args);
    System.out.println();
    for (String story : List.of("story=storyA", "story=synthetic")) {
      run.ratio("storyfold", "plainJaccard", story, "describe, stories per second per thread");
      run.ratio("storyfoldAlignOnly", "plainJaccard", story, "alignment alone, stories per second per thread");
    }
  }
}
