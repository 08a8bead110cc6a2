package org.storyfold.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  private static Figure only(String sentence, String language) {
    List<Figure> figures = Figures.find(Fixtures.ANALYZER, "t", language, sentence, 0);
    assertThat(figures).hasSize(1);
    return figures.get(0);
  }

  @Test
  void parseDigits_groupedInAnyConvention_isTenThousand() {
    assertThat(Quantities.parseDigits("10,000")).isEqualTo(10000);
    assertThat(Quantities.parseDigits("10 000")).isEqualTo(10000);
    assertThat(Quantities.parseDigits("10.000")).isEqualTo(10000); // German and Spanish grouping
    assertThat(Quantities.parseDigits("10\u202F000")).isEqualTo(10000);
    assertThat(Quantities.parseDigits("10k")).isEqualTo(10000);
  }

  @Test
  void parseDigits_decimalCommaOrPoint_isTheSameValue() {
    assertThat(Quantities.parseDigits("2,5")).isEqualTo(2.5);
    assertThat(Quantities.parseDigits("2.5")).isEqualTo(2.5);
    assertThat(Quantities.parseDigits("1.234.567,89")).isEqualTo(1234567.89);
  }

  @Test
  void parseWords_englishNumberWords_areParsed() {
    assertThat(Quantities.parseWords(List.of("ten", "thousand", "people"), 0)).containsExactly(10000, 2);
    assertThat(Quantities.parseWords(List.of("two", "hundred", "and", "forty"), 0)).containsExactly(240, 4);
    assertThat(Quantities.parseWords(List.of("twenty-five"), 0)).containsExactly(25, 1);
    assertThat(Quantities.parseWords(List.of("a", "million"), 0)).containsExactly(1e6, 2);
    assertThat(Quantities.parseWords(List.of("one", "of", "them"), 0)).isNull();
  }

  @Test
  void find_spellingsOfTenThousand_allNormalizeEqual() {
    String a = only("Officials counted 10,000 crossings a day.", "en").normalized();
    assertThat(only("Officials counted 10 000 crossings a day.", "en").normalized()).isEqualTo(a);
    assertThat(only("Officials counted ten thousand crossings a day.", "en").normalized()).isEqualTo(a);
    assertThat(only("Officials counted 10k crossings a day.", "en").normalized()).isEqualTo(a);
    assertThat(only("Die Behörden zählten 10.000 crossings a day.", "de").value()).isEqualTo(10000);
    assertThat(a).isEqualTo("10000 crossing/day");
  }

  @Test
  void find_scaleWord_multiplies() {
    assertThat(only("The fund holds 2.5 million dollars.", "en").normalized()).isEqualTo("$2500000");
    assertThat(only("Der Fonds hat 2,5 Millionen Euro.", "de").value()).isEqualTo(2_500_000);
  }

  @Test
  void find_moreThanTwoHours_keepsMarkerAndUnit() {
    Figure f = only("They met for more than two hours on Wednesday.", "en");
    assertThat(f.normalized()).isEqualTo(">2 hour");
    assertThat(f.raw()).isEqualTo("more than two hours");
    assertThat(only("In their over two-hour meeting they spoke.", "en").normalized()).isEqualTo(">2 hour");
  }

  @Test
  void find_datesTimesAndYears_areNotFigures() {
    assertThat(Figures.find(Fixtures.ANALYZER, "t", "en", "On Dec. 27, 2023 at 6 a.m. they met on June 9.", 0)).isEmpty();
  }

  @Test
  void agree_approximateSameThing_matchesAcrossPhrasings() {
    Figure a = only("The number of ferries docking at Orvik had climbed to around 400 a day, harbour staff said.", "en");
    Figure b = only("Harbour staff reported approximately 400 ferries docking every day.", "en");
    Figure c = only("Up to 400 ferries were docking at the harbour every day.", "en");
    assertThat(Figures.agree(a, b)).isTrue();
    assertThat(Figures.agree(b, c)).isTrue();
  }

  @Test
  void agree_sameValueDifferentThing_doesNotMatch() {
    Figure a = only("The company employs 240 workers at the plant.", "en");
    Figure b = only("The museum lent 240 paintings to the gallery.", "en");
    assertThat(Figures.agree(a, b)).isFalse();
  }

  @Test
  void conflict_aboutThreeHundredAgainstTwoHundredForty_isIncompatible() {
    Figure wire = only("The fire forced the evacuation of 240 workers on Monday.", "en");
    Figure other = only("About 300 workers were evacuated from the plant on Monday.", "en");
    assertThat(Figures.agree(wire, other)).isFalse();
    assertThat(Figures.conflict(wire, other)).isTrue();
    Figure close = only("About 250 workers were evacuated from the plant on Monday.", "en");
    assertThat(Figures.agree(wire, close)).isTrue(); // within about's 10%
  }
}
