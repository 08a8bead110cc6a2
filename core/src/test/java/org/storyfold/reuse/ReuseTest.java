package org.storyfold.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.story.Article;

class ReuseTest {
  /** One engine for the class: its language model loads once. */
  private static final Reuse REUSE = new Reuse();

  private static Article article(String id, String language, String... paragraphs) {
    return new Article(id, null, null, "", String.join("\n\n", paragraphs), null, language);
  }

  private static String span(Article a, int[] span) {
    return a.text().substring(span[0], span[1]);
  }

  @Test
  void analyze_sharedLongRun_isVerbatimPassage() {
    String wire = "The storm knocked out power to more than forty thousand homes along the northern coast overnight.";
    Article a = article("a", "en", "Residents queued for fuel in the harbour town on Sunday morning.", wire,
        "Schools will stay closed until the roads are cleared, the mayor said.");
    Article b = article("b", "en", "A local farmer lost half of his orchard to the wind.", wire,
        "Insurers expect claims to run well into next year.");
    ReuseReport r = REUSE.report(List.of(a, b));
    Link l = r.link("a", "b");
    assertThat(l).isNotNull();
    Passage p = l.passages().stream().filter(x -> x.kind() == Passage.Kind.VERBATIM).findFirst().orElseThrow();
    Article from = l.from().equals("a") ? a : b;
    Article to = l.from().equals("a") ? b : a;
    assertThat(span(from, p.fromSpan())).isEqualTo(span(to, p.toSpan())).contains("forty thousand homes");
  }

  @Test
  void analyze_sentenceWithSmallEdits_isEditedPassage() {
    Article a = article("a", "en", "The ministry said on Tuesday that 42 people were injured in the blast near the central station.",
        "Rescue teams searched the rubble through the night.");
    Article b = article("b", "en", "The ministry said Tuesday that 42 people had been injured in the explosion near the central station.",
        "The city's football club postponed its weekend match.");
    Link l = REUSE.report(List.of(a, b)).link("a", "b");
    assertThat(l).isNotNull();
    assertThat(l.passages()).extracting(Passage::kind).containsExactly(Passage.Kind.EDITED);
  }

  @Test
  void compare_paraphrasedSentences_areSame() {
    Comparison c = REUSE.comparison(
        "The central bank raised its key interest rate by half a point on Thursday, citing stubborn inflation.",
        "Citing stubborn inflation, the central bank on Thursday raised its main interest rate by half a percentage point.");
    assertThat(c.same()).isTrue();
    assertThat(c.relation()).isIn(Comparison.Kind.PARAPHRASE, Comparison.Kind.EDITED);
  }

  @Test
  void analyze_paraphrasedSentence_isParaphrasePassage() {
    Article a = article("a", "en", "Officials said the new bridge across the river will open to traffic in early spring after two years of work.",
        "Local shops hope the crossing will bring more visitors.");
    Article b = article("b", "en", "After two years of construction work, the river bridge is set to open for traffic early in the spring, officials said.",
        "Critics say the project ran far over its budget.");
    Link l = REUSE.report(List.of(a, b)).link("a", "b");
    assertThat(l).isNotNull();
    assertThat(l.passages()).extracting(Passage::kind).containsExactly(Passage.Kind.PARAPHRASE);
  }

  @Test
  void analyze_sameWordsOtherFacts_isNotAligned() {
    String x = "Police arrested 12 protesters in Paris on Monday after the march turned violent.";
    String y = "Police arrested 300 protesters in Lyon on Saturday after the march turned violent.";
    Article a = article("a", "en", x, "The interior minister praised the officers.");
    Article b = article("b", "en", y, "Organisers blamed a small group of masked men.");
    Link l = REUSE.report(List.of(a, b)).link("a", "b");
    assertThat(l == null ? List.of() : l.passages()).isEmpty();
  }

  @Test
  void compare_sameWordsOtherFacts_scoresBelowSameFacts() {
    // Lone sentences are judged leniently (the MSRP threshold favours recall), but other figures and
    // places still cost similarity.
    String x = "Police arrested 12 protesters in Paris on Monday after the march turned violent.";
    String other = "Police arrested 300 protesters in Lyon on Saturday after the march turned violent.";
    String same = "Police arrested 12 protesters in Paris on Monday when the march turned violent.";
    assertThat(REUSE.comparison(x, other).similarity()).isLessThan(REUSE.comparison(x, same).similarity() - 0.2);
  }

  @Test
  void analyze_otherLanguageSameNamesAndNumbers_isTranslation() {
    Article en = article("en", "en",
        "President Maria Lopez announced on Monday that 4,500 soldiers will be sent to Oaxaca and Chiapas by 2025.",
        "The plan, costing 320 million dollars, was approved by Congress in Mexico City.",
        "Governor Ruben Ortiz of Oaxaca welcomed the decision.");
    Article es = article("es", "es",
        "La presidenta Maria Lopez anunció el lunes que 4.500 soldados serán enviados a Oaxaca y Chiapas antes de 2025.",
        "El plan, que cuesta 320 millones de dólares, fue aprobado por el Congreso en Ciudad de México.",
        "El gobernador Ruben Ortiz de Oaxaca celebró la decisión.");
    ReuseReport r = REUSE.report(List.of(en, es));
    Link l = r.link("en", "es");
    assertThat(l).isNotNull();
    assertThat(l.kind()).isEqualTo(Relation.Kind.TRANSLATION);
    assertThat(l.has(Passage.Kind.TRANSLATION)).isTrue();
    // a link runs from the source to the derived article, as the relation says
    Relation rel = r.relations().get(l.to());
    assertThat(rel.kind()).isEqualTo(Relation.Kind.TRANSLATION);
    assertThat(rel.of()).isEqualTo(l.from());
  }

  @Test
  void analyze_unrelatedArticles_areIndependentAndOriginal() {
    Article a = article("a", "en", "The museum reopened its east wing after a long renovation of the roof.",
        "Visitors can see the restored ceiling paintings from Friday.");
    Article b = article("b", "en", "The city council voted to extend the tram line to the airport.",
        "Construction is expected to begin next summer.");
    ReuseReport r = REUSE.report(List.of(a, b));
    assertThat(r.links()).isEmpty();
    assertThat(r.relations().get("a").kind()).isEqualTo(Relation.Kind.INDEPENDENT);
    assertThat(r.originality().get("b")).isEqualTo(1.0);
  }
}
