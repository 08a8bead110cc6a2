package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopWordsTest {
  @Test
  void forIndexing_english_isLucenesShortList() {
    assertThat(StopWords.forIndexing("en").size()).isEqualTo(33);
    assertThat(StopWords.forIndexing("en").contains("the")).isTrue();
    assertThat(StopWords.forIndexing("en").contains("after")).isFalse();
    assertThat(StopWords.functionWords("en").size()).isGreaterThan(150);
    assertThat(StopWords.functionWords("en").contains("after")).isTrue();
  }

  @Test
  void forIndexing_otherLanguages_areTheirFunctionWords() {
    assertThat(StopWords.forIndexing("de")).isSameAs(StopWords.functionWords("de"));
    assertThat(StopWords.functionWords("de").contains("und")).isTrue();
  }

  @Test
  void functionWords_unknownLanguage_isEmpty() {
    assertThat(StopWords.functionWords("zz")).isEmpty();
    assertThat(StopWords.forIndexing(null)).isEmpty();
  }

  @Test
  void lists_cannotBeChanged() {
    assertThatThrownBy(() -> StopWords.functionWords("en").add("storyfold"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isFunctionWord_anyCaseInTheGivenLanguages() {
    assertThat(StopWords.isFunctionWord("Und", List.of("en", "de"))).isTrue();
    assertThat(StopWords.isFunctionWord("Und", List.of("en"))).isFalse();
  }

  @Test
  void bestFor_picksTheLanguageOfThePage_andNoneForTooFewStopWords() {
    List<String> german = List.of("der", "brand", "war", "nicht", "zu", "sehen", "und", "die", "feuerwehr", "kam");
    assertThat(StopWords.bestFor(german)).isSameAs(StopWords.functionWords("de"));
    assertThat(StopWords.bestFor(List.of("東京", "大阪", "京都"))).isNull();
  }
}
