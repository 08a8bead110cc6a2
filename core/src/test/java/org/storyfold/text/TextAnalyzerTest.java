package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyfold.story.Article;

class TextAnalyzerTest {
  static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @Test
  void find_movementPrepositionsMarkNoPlaceWhenStrict() {
    String s = "The pitcher passed to Mark Teixeira after the shooting in Port Calder near Orvik Harbour.";
    assertThat(Names.find(s, java.util.Set.of()))
        .contains(new Names.Name("Mark Teixeira", "place"), new Names.Name("Port Calder", "place"));
    assertThat(Names.find(s, java.util.Set.of(), false))
        .contains(new Names.Name("Mark Teixeira", null), new Names.Name("Port Calder", "place"),
            new Names.Name("Orvik Harbour", "place"));
  }

  @Test
  void analyze_placesAreNamesMarkedWhere() {
    Analysis a = ANALYZER.analyze(new Article("t", null, null, "Shooting in Port Calder",
        "Police said a man was shot in Port Calder on Monday. Chief Ana Ruiz spoke to Dana Holt.", null, "en"));
    assertThat(a.places()).containsExactly("port calder");
    assertThat(a.names()).contains("dana holt", "ana ruiz");
  }

  @Test
  void numbers_separatorsOfAnyLocaleCompareEqual() {
    assertThat(Numbers.normalize("10,000")).isEqualTo("10000");
    assertThat(Numbers.normalize("10.000")).isEqualTo("10000");
    assertThat(Numbers.normalize("10 000")).isEqualTo("10000");
    assertThat(Numbers.normalize("2,5")).isEqualTo("2.5");
    assertThat(Numbers.normalize("2.50")).isEqualTo("2.5");
    assertThat(Numbers.find("about 1,200 residents and 30.000 litres")).containsExactly("1200", "30000");
  }

  @Test
  void names_accentsAndPossessivesFold_titlesSplitOff() {
    assertThat(Names.folded("Mayor José Ramírez Domínguez said López’s Port Calder plant would reopen."))
        .containsExactly("jose ramirez dominguez", "lopez", "port calder");
  }

  @Test
  void names_typedByTheWordsAround() {
    assertThat(Names.find("Mayor Ana Ruiz flew from Port Calder to meet Veltrane Chemicals.", java.util.Set.of()))
        .containsExactly(new Names.Name("Ana Ruiz", "person"), new Names.Name("Port Calder", "place"),
            new Names.Name("Veltrane Chemicals", "organization"));
  }

  @Test
  void names_sentenceStartIsNotAName() {
    assertThat(Names.folded("Firefighters arrived. The crews stayed. Later Calder said no.")).containsExactly("calder");
  }

  @Test
  void analyze_detectsLanguageAndFoldsAccents() {
    Analysis a = ANALYZER.analyze(new Article("es1", null, null, "Incendio en la planta química",
        "Los bomberos de Port Calder apagaron el incendio de la planta química después de siete horas de trabajo.",
        null, null));
    assertThat(a.article().language()).isEqualTo("es");
    assertThat(a.terms()).contains("quimic");
    assertThat(a.names()).contains("port calder");
  }

  @Test
  void analyze_keepsDeclaredLanguage() {
    Analysis a = ANALYZER.analyze(new Article("x", null, null, "", "Short text.", null, "de"));
    assertThat(a.article().language()).isEqualTo("de");
  }

  @Test
  void plainEnglish_onlyForAsciiTextWithEnglishFunctionWords() {
    assertThat(Languages.plainEnglish("The mayor of the town said the river would crest on Friday and the schools would close."))
        .isTrue();
    assertThat(Languages.plainEnglish("Der Bürgermeister sagte, der Fluss werde am Freitag den Höchststand erreichen."))
        .isFalse();
    assertThat(Languages.plainEnglish("El alcalde dijo que el río alcanzaría su nivel más alto el viernes y que las escuelas"))
        .isFalse();
    assertThat(Languages.plainEnglish("De burgemeester zei dat de rivier op vrijdag zou pieken en dat de scholen dicht gaan."))
        .isFalse();
    assertThat(Languages.plainEnglish("Het water was in de stad en het is niet duidelijk wanneer het weer zakt."))
        .isFalse();
    assertThat(Languages.plainEnglish("The end of it.")).isFalse();
  }

  @Test
  void detectLanguage_englishFastPathAgreesWithTheModel() {
    String english = "The Orvik dam burst early on Monday after three days of heavy rain, flooding forty homes "
        + "along the Sell river, and county engineers said the spillway had been cracked since March.";
    assertThat(ANALYZER.detectLanguage(english)).isEqualTo("en");
    assertThat(ANALYZER.detectLanguage("Der Damm von Orvik brach am Montag nach drei Tagen Regen und überflutete "
        + "vierzig Häuser entlang des Flusses.")).isEqualTo("de");
  }
}
