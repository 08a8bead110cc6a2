package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinTest {
  @Test
  void of_otherScripts_areRomanizedAndFolded() {
    Latin latin = new Latin();
    assertThat(latin.of("Erdoğan")).isEqualTo("erdogan");
    assertThat(latin.of("Москва")).isEqualTo("moskva");
    assertThat(latin.of("Plain ASCII")).isEqualTo("plain ascii");
  }

  @Test
  void skeleton_vowelVariants_meet() {
    Latin latin = new Latin();
    assertThat(Latin.skeleton(latin.of("Трамп"))).isEqualTo(Latin.skeleton("trump"));
    assertThat(Latin.skeleton("mohammed")).isEqualTo(Latin.skeleton("muhammad"));
    assertThat(Latin.skeleton("berlin")).isNotEqualTo(Latin.skeleton("merlin"));
  }
}
