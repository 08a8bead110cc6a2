package org.storyfold.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfold.text.Embedder;

/** Lone sentences compared with the combined model (embedding cosine + lexical + fact swaps). */
class ReuseEmbeddedTest {
  /** One engine for the class: its language model loads once. */
  private static final Reuse REUSE = new Reuse();

  private static Reuse reuse;

  @BeforeAll
  static void load() {
    reuse = new Reuse(new org.storyfold.text.TextAnalyzer(), Embedder.bundled());
  }

  @Test
  void comparison_paraphrase_isSame() {
    Comparison c = reuse.comparison(
        "The central bank raised its key interest rate by half a point on Thursday, citing stubborn inflation.",
        "Citing stubborn inflation, the central bank on Thursday raised its main interest rate by half a percentage point.");
    assertThat(c.same()).isTrue();
    assertThat(c.relation()).isIn(Comparison.Kind.PARAPHRASE, Comparison.Kind.EDITED);
  }

  @Test
  void comparison_smallEditSameFacts_isSame() {
    Comparison c = reuse.comparison(
        "The city council approved a budget of 40 million dollars for new schools on Tuesday.",
        "On Tuesday the city council approved a 40 million dollar budget for new schools.");
    assertThat(c.same()).isTrue();
  }

  @Test
  void comparison_otherNumberOnly_isNotSame() {
    String x = "The city council approved a budget of 40 million dollars for new schools on Tuesday.";
    String y = "The city council approved a budget of 65 million dollars for new schools on Tuesday.";
    Comparison c = reuse.comparison(x, y);
    assertThat(c.same()).isFalse();
    assertThat(c.relation()).isEqualTo(Comparison.Kind.DIFFERENT);
    assertThat(reuse.comparison(x, x).same()).isTrue();
  }

  @Test
  void comparison_otherNameOnly_isNotSame() {
    Comparison c = reuse.comparison(
        "Senator Maria Alvarez voted against the new mining law in the Senate on Tuesday.",
        "Senator Helen Brooks voted against the new mining law in the Senate on Tuesday.");
    assertThat(c.same()).isFalse();
    assertThat(c.relation()).isEqualTo(Comparison.Kind.DIFFERENT);
  }

  @Test
  void comparison_otherNumbersAndPlaces_isNotSame() {
    Comparison c = reuse.comparison(
        "Police arrested 12 protesters in Paris on Monday after the march turned violent.",
        "Police arrested 300 protesters in Lyon on Saturday after the march turned violent.");
    assertThat(c.same()).isFalse();
  }

  @Test
  void withoutEmbedder_staysLexical() {
    String x = "The city council approved a budget of 40 million dollars for new schools on Tuesday.";
    String y = "On Tuesday the city council approved a 40 million dollar budget for new schools.";
    assertThat(new Reuse().comparison(x, y)).isEqualTo(REUSE.comparison(x, y));
    assertThat(new Reuse().embeds()).isFalse();
  }
}
