package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.reuse.Reuse;

class ReuseBenchmarkTest {
  /**
   * ECB+ events as stories: articles by different outlets about one event, independent but for some
   * syndicated copies. Measured: 326 of 982 articles given a source (0.332); before quotes were set
   * aside and rewrites asked for evidence in order, 498 (0.507), 305 of them rewrites.
   */
  @Test
  void run_ecbEvents_fewIndependentReportsCalledDerived() {
    ReuseBenchmark.Result r = ReuseBenchmark.run(TestData.eval("ecbplus", "docs.jsonl"), new Reuse());
    System.out.println("ECB+ events as stories: " + r);
    assertThat(r.articles()).isEqualTo(982);
    assertThat(r.derivedShare()).isLessThanOrEqualTo(0.36);
    assertThat(r.kinds().getOrDefault("rewrite", 0)).isLessThanOrEqualTo(100);
  }
}
