package org.storyfold.bench;

import java.nio.file.Path;
import java.util.List;
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
import org.storyfold.cluster.AverageLinkStage;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The clusterer's topic pass alone, the stage a flight recording of GoogleNews-TS put first: average
 * linkage over the batch's candidate pairs, as it is ({@code current}: int neighbour lists resolved
 * through a union-find, linked members, a heap of primitives; since issue 14 with lazy re-offers, see
 * {@code NearCopiesBenchmark}) against as it was before issue 10 ({@code before}:
 * {@code HashSet<Integer>} neighbours, {@code List<Integer>} members, a {@code PriorityQueue} of
 * records), on the same vectors and pairs of the first {@code docs} documents of GoogleNews-TS. Both
 * give the same groups (checked by the main). One operation is one pass.
 *
 * <p>Run from the repository root (the main prints the ratio after JMH's table):
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.storyfold.bench.AverageLinkBenchmark
 * </pre>
 * JMH options may follow, e.g. {@code -p docs=11109}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class AverageLinkBenchmark {
  @Param({"3000", "11109"})
  public int docs;

  @Param("../shared/eval/googlenews_ts")
  public String googleNews;

  private AverageLinkStage stage;

  @Setup
  public void setup() {
    stage = prepare(Path.of(googleNews), docs);
  }

  static AverageLinkStage prepare(Path dir, int docs) {
    Storyfold engine = new Storyfold(StoryfoldConfig.defaults().withEmbeddings(false));
    List<Fingerprint> fps = Corpora.googleNews(dir, docs).stream().map(engine::fingerprint).toList();
    return new AverageLinkStage(fps, engine.config().cluster());
  }

  @Benchmark
  public List<List<Integer>> current() {
    return stage.current();
  }

  @Benchmark
  public List<List<Integer>> before() {
    return stage.before();
  }

  public static void main(String[] args) throws Exception {
    String dir = PeerRun.param(args, "googleNews", "../shared/eval/googlenews_ts");
    String sizes = PeerRun.param(args, "docs", "3000,11109");
    for (String docs : sizes.split(",")) {
      AverageLinkStage stage = prepare(Path.of(dir), Integer.parseInt(docs));
      if (!stage.current().equals(stage.before())) {
        throw new IllegalStateException("current and before give different groups on " + docs + " documents");
      }
      System.out.println(docs + " documents, " + stage.pairs() + " candidate pairs: the same groups both ways");
    }
    PeerRun run = PeerRun.of(AverageLinkBenchmark.class, args);
    System.out.println();
    for (String docs : sizes.split(",")) {
      run.ratio("current", "before", "docs=" + docs, "passes per second");
    }
  }
}
