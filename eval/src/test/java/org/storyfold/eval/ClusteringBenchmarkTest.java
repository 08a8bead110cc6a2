package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;

/**
 * Story clustering on public sets nobody here wrote, read from ../shared by path, given only id and
 * text (the gold label is read separately and never shown to the engine).
 */
class ClusteringBenchmarkTest {
  static ClusterScores score(String set) {
    Path file = TestData.eval(set, "docs.jsonl");
    ClusterBenchmark.Run run = ClusterBenchmark.run(file, "event", null, new Storyfold(StoryfoldConfig.defaults()));
    assertThat(run.read().rejections()).isEmpty();
    ClusterScores scores = run.scores();
    System.out.println(set + ": " + scores);
    return scores;
  }

  @Test
  void stories_ecbPlusEventsAtBCubedF1AboveNinetyTwo() {
    ClusterScores s = score("ecbplus");
    assertThat(s.items()).isEqualTo(982);
    assertThat(s.b3F1()).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void stories_googleNewsSnippetsAtBCubedF1AboveEightyFive() {
    ClusterScores s = score("googlenews_ts");
    assertThat(s.items()).isEqualTo(11109);
    assertThat(s.b3F1()).isGreaterThanOrEqualTo(0.85);
  }
}
