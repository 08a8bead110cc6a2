package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.story.Article;

class PlainAlignmentTest {
  private static Article article(String id, String text) {
    return new Article(id, null, "example.org", "", text, null, "en");
  }

  @Test
  void align_copiedAndEditedSentences_countsBothButNotTheOwn() {
    Article wire = article("a", "The fire broke out before dawn in the storage hall. "
        + "Three workers were taken to the Saint Adrian hospital with smoke inhalation.");
    Article copy = article("b", "The fire broke out before dawn in the storage hall. "
        + "Three employees were taken to the Saint Adrian hospital with smoke inhalation. "
        + "Our reporter visited the town.");

    assertThat(PlainAlignment.align(List.of(wire, copy))).isEqualTo(2);
  }

  @Test
  void jaccard_sameShingles_isOne() {
    assertThat(PlainAlignment.jaccard(PlainAlignment.shingles("A fire at the plant."),
        PlainAlignment.shingles("a FIRE at the plant"))).isEqualTo(1.0);
  }
}
