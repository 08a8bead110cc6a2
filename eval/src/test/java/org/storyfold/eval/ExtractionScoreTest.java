package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExtractionScoreTest {
  @Test
  void add_identicalTextScoresOne() {
    ExtractionScore s = new ExtractionScore();
    s.add("The river rose two metres overnight in Brannock.", "The river rose two metres overnight in Brannock.");
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void add_extraTextLowersPrecisionOnly() {
    ExtractionScore s = new ExtractionScore();
    // truth: 5 tokens = 2 shingles; prediction adds 2 tokens = 4 shingles, 2 of them right.
    s.add("one two three four five", "one two three four five six seven");
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void add_tokensAreUnicodeLettersAndDigits() {
    ExtractionScore s = new ExtractionScore();
    s.add("Größe über 10 Meter", "Größe, über 10 Meter!");
    assertThat(s.f1()).isEqualTo(1.0);
  }
}
