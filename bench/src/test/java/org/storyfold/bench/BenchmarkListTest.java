package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JMH annotation processor ran: every benchmark, candidate and peer, is in the generated list. */
class BenchmarkListTest {
  @Test
  void benchmarkList_everyStage_hasCandidateAndPeer() throws IOException {
    String list;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
      assertThat(in).isNotNull();
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(list).contains("FingerprintBenchmark_storyfold_jmhTest", "FingerprintBenchmark_javaLsh_jmhTest",
        "ExtractBenchmark_storyfold_jmhTest", "ExtractBenchmark_boilerpipe_jmhTest",
        "AlignmentBenchmark_storyfold_jmhTest", "AlignmentBenchmark_plainJaccard_jmhTest",
        "GroupingBenchmark_storyfold_jmhTest", "GroupingBenchmark_tfIdfAverageLink_jmhTest",
        "AverageLinkBenchmark_current_jmhTest", "AverageLinkBenchmark_before_jmhTest",
        "NearCopiesBenchmark_current_jmhTest", "NearCopiesBenchmark_eager_jmhTest");
  }
}
