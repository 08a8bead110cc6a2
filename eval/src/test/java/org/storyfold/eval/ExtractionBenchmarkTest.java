package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.extract.Extractor;

/** Our extractor on the Article Extraction Benchmark (shared/eval/aeb), when the shared sets are present. */
class ExtractionBenchmarkTest {
  @Test
  void run_aebWithOurExtractor_reachesF1OfAtLeast095() {
    Path aeb = TestData.eval("aeb");

    ExtractionScore score = ExtractionBenchmark.run(aeb, new Extractor());

    System.out.println("AEB, our extractor: " + score);
    assertThat(score.pages()).isEqualTo(181);
    assertThat(score.f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.94);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void score_perfectAndEmptyPredictions_scoreOneAndZero() {
    ExtractionScore perfect = ExtractionBenchmark.score(
        java.util.List.of(new ExtractionBenchmark.Case("a", null, "<p>x</p>", "one two three four five")),
        (html, url) -> "one two three four five");
    ExtractionScore empty = ExtractionBenchmark.score(
        java.util.List.of(new ExtractionBenchmark.Case("a", null, "<p>x</p>", "one two three four five")),
        (html, url) -> "");

    assertThat(perfect.f1()).isEqualTo(1.0);
    assertThat(empty.recall()).isZero();
  }
}
