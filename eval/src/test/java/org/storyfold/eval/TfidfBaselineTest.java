package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfidfBaselineTest {
  @Test
  void cluster_twoSubjects_areTwoClusters() {
    List<String> texts = List.of(
        "The harbour bridge closed after a crack was found in the steel deck",
        "Engineers found a crack in the harbour bridge deck and closed it",
        "The harbour bridge stays closed while engineers repair the cracked deck",
        "Apple growers expect a record harvest after a warm dry summer",
        "A warm summer gives apple growers a record harvest this autumn");
    int[] labels = new TfidfBaseline(TfidfBaseline.THRESHOLD).cluster(texts);
    assertThat(labels[0]).isEqualTo(labels[1]).isEqualTo(labels[2]);
    assertThat(labels[3]).isEqualTo(labels[4]).isNotEqualTo(labels[0]);
  }

  @Test
  void cluster_thresholdAboveEverySimilarity_leavesEachAlone() {
    int[] labels = new TfidfBaseline(0.999).cluster(List.of("red apples", "red apples and pears", "blue sea"));
    assertThat(labels).doesNotHaveDuplicates();
  }
}
