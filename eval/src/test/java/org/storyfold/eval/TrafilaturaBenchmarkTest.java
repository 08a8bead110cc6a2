package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.extract.Extractor;

/**
 * The default extractor on both public extraction sets at once (issue 15): trafilatura's evaluation
 * pages (shared/eval/trafilatura_dev) and the Article Extraction Benchmark (shared/eval/aeb). A rule
 * that helps one set and hurts the other fits a site family, so the two figures are checked together.
 */
class TrafilaturaBenchmarkTest {
  @Test
  void run_bothSetsWithDefaultExtractor_reachTheirFloors() {
    Path traf = TestData.eval("trafilatura_dev");
    Path aeb = TestData.eval("aeb");
    Extractor extractor = new Extractor();

    TrafilaturaScore snippets = TrafilaturaBenchmark.run(traf, extractor);
    ExtractionScore shingles = ExtractionBenchmark.run(aeb, extractor);

    System.out.println("trafilatura_dev, our extractor: " + snippets);
    System.out.println("AEB, our extractor: " + shingles);
    assertThat(snippets.pages()).isEqualTo(482);
    assertThat(snippets.truePositives() + snippets.falseNegatives()).isEqualTo(1433);
    assertThat(snippets.f1()).isGreaterThanOrEqualTo(0.93);
    assertThat(shingles.f1()).isGreaterThanOrEqualTo(0.965);
  }

  @Test
  void score_snippetsFoundAndKept_countAsTrafilaturaDoes() {
    List<TrafilaturaBenchmark.Case> cases = List.of(
        new TrafilaturaBenchmark.Case("a", "a", List.of("the main text", "second  part"), List.of("Share this")),
        new TrafilaturaBenchmark.Case("b", "b", List.of("never found"), List.of("menu")));

    TrafilaturaScore score = TrafilaturaBenchmark.score(cases,
        Map.of("a", "Intro.\n\nThe Main\ntext says\u00a0this (case counts), then second\n part. Share this"));

    assertThat(score.truePositives()).isEqualTo(1);
    assertThat(score.falseNegatives()).isEqualTo(2);
    assertThat(score.falsePositives()).isEqualTo(1);
    assertThat(score.trueNegatives()).isEqualTo(1);
    assertThat(score.f1()).isEqualTo(2.0 / (2 + 1 + 2));
  }

  @Test
  void normalize_anyUnicodeSpaceRun_becomesOneSpace() {
    assertThat(TrafilaturaScore.normalize("  a\u00a0\u2028 b\t\nc\u3000")).isEqualTo("a b c");
  }
}
