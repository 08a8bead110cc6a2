package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyfold.story.Article;

class TextAnalyzerTest {
  static final TextAnalyzer ANALYZER = new TextAnalyzer();

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
  void names_accentsAndPossessivesFold() {
    assertThat(Names.fold("López’s")).isEqualTo("lopez");
    assertThat(Names.find("Mayor José Ramírez Domínguez said the Port Calder plant would reopen.", w -> false))
        .contains("mayor jose ramirez dominguez", "port calder");
  }

  @Test
  void names_sentenceStartIsNotAName() {
    assertThat(Names.find("Firefighters arrived. The crews stayed.", w -> w.equals("the"))).isEmpty();
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
}
