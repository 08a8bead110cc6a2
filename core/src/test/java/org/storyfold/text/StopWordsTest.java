package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.CharArraySet;
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

  /** Pages we wrote ourselves, one a language: the list chosen is the page's own. */
  @Test
  void bestFor_ourOwnTexts_pickTheirLanguage() {
    String[][] pages = {
        {"en", "The fire broke out in the night and it was not until the morning that the firemen could "
            + "say that all of the residents were safe."},
        {"de", "Das Feuer brach in der Nacht aus, und erst am Morgen konnte die Feuerwehr sagen, dass alle "
            + "Bewohner in Sicherheit waren."},
        {"fr", "Le feu a pris dans la nuit et ce n'est qu'au matin que les pompiers ont pu dire que tous les "
            + "habitants étaient sains et saufs."},
        {"es", "El incendio se declaró por la noche y no fue hasta la mañana cuando los bomberos pudieron decir "
            + "que todos los vecinos estaban a salvo."},
        {"it", "L'incendio è scoppiato nella notte e solo al mattino i vigili del fuoco hanno potuto dire che "
            + "tutti gli abitanti erano al sicuro."},
        {"pt", "O incêndio começou durante a noite e só de manhã os bombeiros puderam dizer que todos os "
            + "moradores estavam em segurança."},
        {"nl", "De brand brak in de nacht uit en pas in de ochtend kon de brandweer zeggen dat alle bewoners "
            + "in veiligheid waren."},
        {"sv", "Branden bröt ut under natten och först på morgonen kunde brandkåren säga att alla de boende "
            + "var i säkerhet."},
        {"ru", "Пожар начался ночью, и только утром пожарные смогли сказать, что все жители были в "
            + "безопасности."},
        {"el", "Η φωτιά ξέσπασε τη νύχτα και μόνο το πρωί οι πυροσβέστες μπόρεσαν να πουν ότι όλοι οι κάτοικοι "
            + "ήταν ασφαλείς."},
    };
    for (String[] page : pages) {
      List<String> tokens = lowerWords(page[1]);
      assertThat(StopWords.bestFor(tokens)).as(page[0]).isSameAs(StopWords.functionWords(page[0]));
      assertThat(StopWords.bestFor(tokens)).as(page[0]).isSameAs(oneListAtATime(tokens));
    }
  }

  /**
   * Mixed pages, words drawn from every list at once (shared words such as "de" or "a" included), and
   * ties: the first language in the registry's order wins, as with one pass a language.
   */
  @Test
  void bestFor_mixedPagesAndTies_agreeWithOneListAtATime() {
    List<String> words = new ArrayList<>();
    for (String language : StopWords.languages()) {
      for (Object w : StopWords.functionWords(language)) {
        words.add(new String((char[]) w));
      }
    }
    words.addAll(List.of("feuerwehr", "brand", "東京", "storyfold", "The", "DER"));
    Random random = new Random(11);
    for (int round = 0; round < 5_000; round++) {
      List<String> tokens = new ArrayList<>();
      for (int k = random.nextInt(40); k > 0; k--) {
        tokens.add(words.get(random.nextInt(words.size())));
      }
      assertThat(StopWords.bestFor(tokens)).isSameAs(oneListAtATime(tokens));
    }
    assertThat(StopWords.bestFor(List.of("de"))).isSameAs(oneListAtATime(List.of("de")));
    assertThat(StopWords.bestFor(List.of())).isNull();
  }

  @Test
  void isFunctionWord_ofTheRuleLanguages_isTheOneListAtATimeAnswer() {
    List<String> rules = List.of("en", "es", "de", "fr", "it", "pt", "nl");
    for (String language : StopWords.languages()) {
      for (Object w : StopWords.functionWords(language)) {
        String word = new String((char[]) w);
        for (String spelling : List.of(word, word.toUpperCase(Locale.ROOT), word + "x")) {
          assertThat(StopWords.isFunctionWord(spelling)).as(spelling)
              .isEqualTo(StopWords.isFunctionWord(spelling, rules));
        }
      }
    }
  }

  private static List<String> lowerWords(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).toList();
  }

  /** {@code bestFor} before the word masks: every token against every list in turn. */
  private static CharArraySet oneListAtATime(List<String> tokens) {
    CharArraySet best = null;
    int bestHits = 0;
    for (String language : StopWords.languages()) {
      CharArraySet set = StopWords.functionWords(language);
      int hits = 0;
      for (String t : tokens) {
        if (set.contains(t)) {
          hits++;
        }
      }
      if (hits > bestHits) {
        bestHits = hits;
        best = set;
      }
    }
    return tokens.isEmpty() || bestHits < 0.08 * tokens.size() ? null : best;
  }
}
