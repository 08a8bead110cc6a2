package org.storyfold.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.story.Article;

class SyntheticStoryTest {
  private static final Article WIRE = new Article("wire", null, "wire.example", "Fire at the plant",
      "A fire broke out at the plant on Monday. Workers were evacuated.\n\n"
          + "The fire service said the blaze was under control. Residents were told to stay inside.\n\n"
          + "The plant employs 600 people. Production was suspended.", null, "en");

  @Test
  void of_sameSeed_sameStory() {
    assertThat(SyntheticStory.of(WIRE, 5, 7, "en")).isEqualTo(SyntheticStory.of(WIRE, 5, 7, "en"));
  }

  @Test
  void of_copies_differFromEachOtherAndCarryTheLanguage() {
    List<Article> story = SyntheticStory.of(WIRE, 10, 7, "en");

    assertThat(story).hasSize(10).allSatisfy(a -> assertThat(a.language()).isEqualTo("en"));
    assertThat(story.stream().map(Article::text).distinct().count()).isGreaterThan(5);
  }
}
