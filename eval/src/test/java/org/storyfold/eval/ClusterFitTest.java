package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.TestData;
import org.storyfold.cluster.ClusterConfig;

class ClusterFitTest {
  @Test
  void grid_onTheTrainSplit_choosesTheShippedDefaults() {
    Storyfold engine = new Storyfold(StoryfoldConfig.defaults().withEmbeddings(false));
    ClusterCorpora loader = new ClusterCorpora(engine, new TfidfBaseline(TfidfBaseline.THRESHOLD));
    ClusterFit fit = new ClusterFit(loader.load(TestData.eval("ecbplus", "docs.jsonl")),
        loader.load(TestData.eval("googlenews_ts", "docs.jsonl")), engine);
    ClusterConfig shipped = ClusterConfig.defaults();
    ClusterFit.Point chosen = ClusterFit.best(fit.grid(shipped));
    assertThat(chosen.config().threshold()).isEqualTo(shipped.threshold());
    assertThat(chosen.config().refineThreshold()).isEqualTo(shipped.refineThreshold());
    assertThat(chosen.config().fragmentShare()).isEqualTo(shipped.fragmentShare());
  }

  @Test
  void best_withinTolerance_prefersTheLowerThresholds() {
    ClusterConfig d = ClusterConfig.defaults();
    ClusterFit.Point low = new ClusterFit.Point(d.withThreshold(0.04), 0.900);
    ClusterFit.Point high = new ClusterFit.Point(d.withThreshold(0.10), 0.902);
    ClusterFit.Point far = new ClusterFit.Point(d.withThreshold(0.12), 0.910);
    assertThat(ClusterFit.best(List.of(high, low))).isEqualTo(low);
    assertThat(ClusterFit.best(List.of(high, low, far))).isEqualTo(far);
  }

  @Test
  void best_atTheChosenThresholds_takesTheBestScoringFragmentShare() {
    ClusterConfig d = ClusterConfig.defaults();
    ClusterFit.Point lowShare = new ClusterFit.Point(d.withFragmentShare(0.25), 0.9085);
    ClusterFit.Point midShare = new ClusterFit.Point(d.withFragmentShare(0.4), 0.9104);
    ClusterFit.Point highShare = new ClusterFit.Point(d.withFragmentShare(0.55), 0.9104);
    assertThat(ClusterFit.best(List.of(lowShare, highShare, midShare))).isEqualTo(midShare);
  }
}
