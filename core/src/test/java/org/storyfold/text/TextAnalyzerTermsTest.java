package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTermsTest {
  /** Regression: an Arabic tatweel (kashida) alone folds to an empty term, which crashed the pair scorer. */
  @Test
  void terms_arabicTatweelFoldedToNothing_isDropped() {
    TextAnalyzer analyzer = new TextAnalyzer();
    assertThat(analyzer.terms("قال \u0640 الوزير", "ar")).hasSize(2);
    assertThat(analyzer.terms("\u0640", "ar")).isEmpty();
  }
}
