package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyfold.fingerprint.Fingerprint;

class PairScorerTest {
  private static Fingerprint fp(int[] ids, float[] counts, byte[] kinds) {
    return new Fingerprint(new int[] {Integer.MAX_VALUE}, ids, counts, kinds);
  }

  @Test
  void similarity_batchFrequenciesGiveTheClusterersCosine() {
    List<Fingerprint> fps = List.of(
        fp(new int[] {-7, 1, 2, 3}, new float[] {1, 2, 1, 3}, new byte[] {0, 1, 2, 0}),
        fp(new int[] {1, 2, 9}, new float[] {1, 1, 4}, new byte[] {1, 2, 0}),
        fp(new int[] {-7, 3, 9, 11}, new float[] {2, 1, 1, 1}, new byte[] {0, 0, 0, 2}));
    Map<Integer, Integer> df = new TreeMap<>();
    fps.forEach(f -> {
      for (int x : f.features()) {
        df.merge(x, 1, Integer::sum);
      }
    });
    df.values().removeIf(v -> v < 2); // the scorer takes an unlisted feature to be in one article
    PairScorer scorer = new PairScorer(ClusterConfig.defaults(), fps.size(),
        df.keySet().stream().mapToInt(Integer::intValue).toArray(), df.values().stream().mapToInt(Integer::intValue).toArray());
    WeightedVectors batch = new WeightedVectors(fps, ClusterConfig.defaults());
    for (int a = 0; a < fps.size(); a++) {
      for (int b = a + 1; b < fps.size(); b++) {
        double s = PairScorer.similarity(fps.get(a).features(), scorer.weights(fps.get(a)),
            fps.get(b).features(), scorer.weights(fps.get(b)));
        assertThat(s).as("pair %d %d", a, b).isCloseTo(batch.cosine(a, b), org.assertj.core.api.Assertions.within(1e-6));
      }
    }
  }

  @Test
  void joins_atTheTopicThreshold() {
    PairScorer scorer = new PairScorer(ClusterConfig.defaults(), 10, new int[0], new int[0]);
    assertThat(scorer.joins(ClusterConfig.defaults().threshold())).isTrue();
    assertThat(scorer.joins(ClusterConfig.defaults().threshold() - 1e-9)).isFalse();
  }

  @Test
  void constructor_unsortedFeaturesNamed() {
    assertThatThrownBy(() -> new PairScorer(ClusterConfig.defaults(), 10, new int[] {3, 2}, new int[] {2, 2}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
    assertThatThrownBy(() -> new PairScorer(ClusterConfig.defaults(), 10, new int[] {3}, new int[] {11}))
        .hasMessageContaining("got 11");
  }
}
