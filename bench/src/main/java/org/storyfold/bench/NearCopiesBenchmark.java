package org.storyfold.bench;

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
import org.storyfold.cluster.NearCopiesStage;

/**
 * The topic pass over one component of near-copies (issue 14, the Spark skew test's one site of
 * boilerplate-only pages, generated: {@code NearCopiesStage}): the average link as it is
 * ({@code current}: bounds re-scored when a group's centroid drifts, small lists into large) against as
 * it was ({@code eager}: {@code AverageLinkEager}, every merge re-offered to all the group's neighbours,
 * about n^2 work). Both give the same groups (checked by the main). One operation is one pass; the eager
 * pass at 8,000 pages takes seconds, so the iterations are few.
 *
 * <p>Run from the repository root (the main prints the ratio after JMH's table):
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.storyfold.bench.NearCopiesBenchmark
 * </pre>
 * JMH options may follow, e.g. {@code -p pages=20000}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MINUTES)
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0"})
public class NearCopiesBenchmark {
  @Param({"2000", "8000"})
  public int pages;

  private NearCopiesStage stage;

  @Setup
  public void setup() {
    stage = new NearCopiesStage(pages);
  }

  @Benchmark
  public List<List<Integer>> current() {
    return stage.current();
  }

  @Benchmark
  public List<List<Integer>> eager() {
    return stage.eager();
  }

  public static void main(String[] args) throws Exception {
    String sizes = PeerRun.param(args, "pages", "2000,8000");
    for (String pages : sizes.split(",")) {
      NearCopiesStage stage = new NearCopiesStage(Integer.parseInt(pages));
      if (!stage.current().equals(stage.eager())) {
        throw new IllegalStateException("current and eager give different groups on " + pages + " pages");
      }
      System.out.println(pages + " pages, " + stage.pairs() + " candidate pairs: the same groups both ways");
    }
    PeerRun run = PeerRun.of(NearCopiesBenchmark.class, args);
    System.out.println();
    for (String pages : sizes.split(",")) {
      run.ratio("current", "eager", "pages=" + pages, "passes per minute");
    }
  }
}
