package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
  private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "y");

  @Test
  void f1_goldGrouping_isOne() {
    assertThat(BCubed.f1(List.of(List.of("a", "b"), List.of("c")), GOLD)).isEqualTo(1.0);
  }

  @Test
  void f1_allInOneGroup_losesPrecision() {
    // precision (2/3 + 2/3 + 1/3) / 3 = 5/9, recall 1: F1 = 2 * 5/9 / (14/9) = 10/14
    assertThat(BCubed.f1(List.of(List.of("a", "b", "c")), GOLD)).isCloseTo(10.0 / 14, within(1e-9));
  }
}
