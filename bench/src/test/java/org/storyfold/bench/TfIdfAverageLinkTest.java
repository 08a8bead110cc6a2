package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TfIdfAverageLinkTest {
  @Test
  void cluster_twoEventsWithNearCopies_groupsEachEvent() {
    List<String> texts = List.of(
        "harbour fire chemical plant workers evacuated solvent warehouse",
        "storm floods coastal town roads closed power cut",
        "chemical plant fire harbour workers evacuated warehouse solvent blaze",
        "coastal town storm floods power cut roads closed overnight",
        "central bank cuts interest rate inflation slows");

    List<List<Integer>> groups = TfIdfAverageLink.cluster(texts);

    Set<Set<Integer>> asSets = new HashSet<>();
    groups.forEach(g -> asSets.add(Set.copyOf(g)));
    assertThat(asSets).containsExactlyInAnyOrder(Set.of(0, 2), Set.of(1, 3), Set.of(4));
  }

  @Test
  void averageLink_similarityBelowThreshold_keepsSingletons() {
    float[][] sim = {{0, 0.1f, 0.2f}, {0.1f, 0, 0.1f}, {0.2f, 0.1f, 0}};

    assertThat(TfIdfAverageLink.averageLink(sim)).hasSize(3);
  }

  @Test
  void averageLink_chain_mergesByAverageNotByNearestMember() {
    // 0-1 are close, 2 is close to 1 only: its average to {0,1} is (0.0 + 0.5) / 2 = 0.25, below the cut
    float[][] sim = {{0, 0.9f, 0.0f}, {0.9f, 0, 0.5f}, {0.0f, 0.5f, 0}};

    List<List<Integer>> groups = TfIdfAverageLink.averageLink(sim);

    assertThat(groups).hasSize(2);
    assertThat(groups).anySatisfy(g -> assertThat(g).containsExactlyInAnyOrder(0, 1));
  }
}
