package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  @Test
  void of_perfectClusteringScoresOne() {
    ClusterScores s = ClusterScores.of(List.of("x", "x", "y"), List.of("a", "a", "b"));
    assertThat(s.b3F1()).isEqualTo(1.0);
    assertThat(s.adjustedRand()).isEqualTo(1.0);
    assertThat(s.pairF1()).isEqualTo(1.0);
  }

  @Test
  void of_allInOneClusterHasFullRecall() {
    // gold {1,2} {3,4}; predicted all together: B3 precision = 0.5 per item, recall 1.
    ClusterScores s = ClusterScores.of(List.of("x", "x", "x", "x"), List.of("a", "a", "b", "b"));
    assertThat(s.b3Precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.b3Recall()).isCloseTo(1.0, within(1e-9));
    assertThat(s.adjustedRand()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void of_singletonsHaveFullPrecision() {
    ClusterScores s = ClusterScores.of(List.of("1", "2", "3", "4"), List.of("a", "a", "b", "b"));
    assertThat(s.b3Precision()).isCloseTo(1.0, within(1e-9));
    assertThat(s.b3Recall()).isCloseTo(0.5, within(1e-9));
  }
}
