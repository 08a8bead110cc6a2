package org.storyfold.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
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
import org.storyfold.extract.Extractor;

/**
 * Main-text extraction: Storyfold's {@link Extractor} against boilerpipe's {@code ArticleExtractor}
 * (the Java extractor a user would pick; boilerpipe 1.1.0 on NekoHTML), one thread, on the 181 pages
 * of the Article Extraction Benchmark, read into memory at setup. One operation is one page (both
 * walk the pages in the same ring), so scores are pages per second. Goal (issue 9): at least
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
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0")
public class ExtractBenchmark {
  @Param("../shared/eval/aeb")
  public String aeb;

  private final Extractor extractor = new Extractor();
  private List<Corpora.Page> pages;
  private int next;

  @Setup
  public void setup() {
    pages = Corpora.aebPages(Path.of(aeb));
  }

  @Benchmark
  public String storyfold() {
    Corpora.Page page = pages.get(advance());
    return extractor.extract(page.html(), page.url()).text();
  }

  @Benchmark
  public String boilerpipe() {
    Corpora.Page page = pages.get(advance());
    try {
      return ArticleExtractor.INSTANCE.getText(page.html());
    } catch (BoilerpipeProcessingException | RuntimeException e) {
      return ""; // a page boilerpipe cannot parse still costs its time, as it would in use
    }
  }

  private int advance() {
    int i = next;
    next = i + 1 == pages.size() ? 0 : i + 1;
    return i;
  }

  public static void main(String[] args) throws Exception {
    PeerRun run = PeerRun.of(ExtractBenchmark.class, args);
    System.out.println();
    run.ratio("storyfold", "boilerpipe", "", "pages per second per thread (goal >= 1x)");
  }
}
