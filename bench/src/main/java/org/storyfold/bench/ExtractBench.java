package org.storyfold.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.storyfold.eval.ExtractionBenchmark;
import org.storyfold.eval.ExtractionScore;
import org.storyfold.extract.Extractor;

/**
 * Storyfold's extractor against boilerpipe (ArticleExtractor, the Java reference) on the same Article
 * Extraction Benchmark pages, in one process: the pages are read into memory first, each extractor
 * makes a warm-up pass, then the two take turns for the timed passes. Prints F1, precision and recall
 * (the benchmark's scorer, {@link ExtractionScore}), pages per second, and the speed ratio.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp "bench/target/storyfold-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
 *     org.storyfold.bench.ExtractBench ../shared/eval/aeb 5
 * </pre>
 * Arguments: the benchmark folder (default {@code ../shared/eval/aeb}) and the number of timed passes
 * (default 5). Extraction runs on one thread.
 */
public final class ExtractBench {
  private ExtractBench() {}

  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/aeb");
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<ExtractionBenchmark.Case> cases = ExtractionBenchmark.load(dir);
    long bytes = cases.stream().mapToLong(c -> c.html() == null ? 0 : c.html().length()).sum();
    System.out.printf(Locale.ROOT, "%d pages (%.1f MB of HTML) from %s, %d timed passes%n",
        cases.size(), bytes / 1e6, dir, passes);

    Extractor storyfold = new Extractor();
    BiFunction<String, String, String> ours = (html, url) -> storyfold.extract(html, url).text();
    BiFunction<String, String, String> boilerpipe = (html, url) -> {
      try {
        String text = ArticleExtractor.INSTANCE.getText(html);
        return text == null ? "" : text;
      } catch (BoilerpipeProcessingException | RuntimeException e) {
        return "";
      }
    };

    ExtractionScore ourScore = ExtractionBenchmark.score(cases, ours);
    ExtractionScore theirScore = ExtractionBenchmark.score(cases, boilerpipe);
    long ourNanos = 0;
    long theirNanos = 0;
    for (int i = 0; i < passes; i++) {
      ourNanos += time(cases, ours);
      theirNanos += time(cases, boilerpipe);
    }
    double ourRate = cases.size() * (double) passes / (ourNanos / 1e9);
    double theirRate = cases.size() * (double) passes / (theirNanos / 1e9);
    System.out.printf(Locale.ROOT, "%-12s %6s %9s %7s %9s%n", "extractor", "F1", "precision", "recall", "pages/s");
    row("storyfold", ourScore, ourRate);
    row("boilerpipe", theirScore, theirRate);
    System.out.printf(Locale.ROOT, "speed ratio storyfold/boilerpipe: %.2f%n", ourRate / theirRate);
  }

  private static void row(String name, ExtractionScore s, double rate) {
    System.out.printf(Locale.ROOT, "%-12s %6.3f %9.3f %7.3f %9.1f%n", name, s.f1(), s.precision(), s.recall(), rate);
  }

  private static long blackhole;

  private static long time(List<ExtractionBenchmark.Case> cases, BiFunction<String, String, String> extractor) {
    long start = System.nanoTime();
    for (ExtractionBenchmark.Case c : cases) {
      if (c.html() != null) {
        blackhole += extractor.apply(c.html(), c.url()).length();
      }
    }
    return System.nanoTime() - start;
  }
}
