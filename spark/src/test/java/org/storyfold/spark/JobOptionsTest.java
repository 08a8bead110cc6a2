package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void parse_noOutput_isAUsageError() {
    assertThatThrownBy(() -> JobOptions.parse("in.jsonl"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--output");
  }

  @Test
  void parse_defaults_areTheEnginesCandidateSettings() {
    JobOptions o = JobOptions.parse("--output", "out", "a.jsonl", "b.warc.gz");
    assertThat(o.inputs()).containsExactly("a.jsonl", "b.warc.gz");
    assertThat(o.bucketCap()).isEqualTo(200);
    assertThat(o.topFeatures()).isEqualTo(40);
    assertThat(o.maxComponent()).isEqualTo(20_000);
    assertThat(o.jsonl()).isFalse();
    assertThat(o.master()).isNull();
  }

  @Test
  void parse_unknownFormat_isAUsageError() {
    assertThatThrownBy(() -> JobOptions.parse("--format", "csv", "--output", "o", "a.jsonl"))
        .hasMessageContaining("parquet or jsonl");
    assertThatThrownBy(() -> JobOptions.parse("--bucket-cap", "1", "--output", "o", "a.jsonl"))
        .hasMessageContaining("--bucket-cap");
  }
}
