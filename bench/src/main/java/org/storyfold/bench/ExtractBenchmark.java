package org.storyfold.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.openjdk.jmh.infra.Blackhole;
import org.storyfold.extract.Extractor;

/**
 * Main-text extraction: Storyfold's {@link Extractor} against boilerpipe's {@code ArticleExtractor}
 * (the Java extractor a user would pick; boilerpipe 1.1.0 on NekoHTML), one thread, on the 181 pages
 * of the Article Extraction Benchmark, read into memory at setup. One operation is one pass over all
 * pages (so that every page weighs the same on both sides; an iteration lasts at least one pass), so
 * JMH's scores are passes per second; the main prints pages per second. Goal (issue 9): at least
 * boilerpipe's pages per second; the F1 side of the claim is measured by the evaluation, not here.
 *
 * <p>Run from the repository root (the main prints the ratio after JMH's table):
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.storyfold.bench.ExtractBenchmark
 * </pre>
 * JMH options may follow, e.g. {@code -p aeb=/elsewhere/aeb}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 4) // a pass takes seconds: longer iterations than the other stages
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class ExtractBenchmark {
  @Param("../shared/eval/aeb")
  public String aeb;

  private final Extractor extractor = new Extractor();
  private List<Corpora.Page> pages;

  @Setup
  public void setup() {
    pages = Corpora.aebPages(Path.of(aeb));
  }

  @Benchmark
  public void storyfold(Blackhole out) {
    for (Corpora.Page page : pages) {
      out.consume(extractor.extract(page.html(), page.url()).text());
    }
  }

  @Benchmark
  public void boilerpipe(Blackhole out) {
    for (Corpora.Page page : pages) {
      try {
        out.consume(ArticleExtractor.INSTANCE.getText(page.html()));
      } catch (BoilerpipeProcessingException | RuntimeException e) {
        out.consume(e); // a page boilerpipe cannot parse still costs its time, as it would in use
      }
    }
  }

  public static void main(String[] args) throws Exception {
    PeerRun run = PeerRun.of(ExtractBenchmark.class, args);
    int pages = Corpora.aebPages(Path.of(PeerRun.param(args, "aeb", "../shared/eval/aeb"))).size();
    System.out.printf(Locale.ROOT, "%n%d pages: storyfold %.1f pages/s, boilerpipe %.1f pages/s%n", pages,
        run.score("storyfold", "") * pages, run.score("boilerpipe", "") * pages);
    run.ratio("storyfold", "boilerpipe", "", "pages per second per thread (goal >= 1x)");
  }
}
