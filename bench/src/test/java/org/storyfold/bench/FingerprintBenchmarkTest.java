package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintBenchmarkTest {
  @Test
  void shingles_repeatedRun_countsOnce() {
    List<String> terms = List.of("fire", "plant", "port", "calder", "fire", "plant", "port", "calder");

    // five windows of four terms, of which "fire plant port calder" occurs twice
    assertThat(FingerprintBenchmark.shingles(terms)).hasSize(4);
  }

  @Test
  void shingles_shorterThanOneShingle_isOneShingle() {
    assertThat(FingerprintBenchmark.shingles(List.of("fire", "plant"))).hasSize(1);
  }
}
