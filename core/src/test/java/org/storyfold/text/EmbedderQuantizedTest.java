package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quantized all-MiniLM-L6-v2 the grouping embeds leads with stands in for the float model: its vectors
 * lie close to the float model's, and it agrees with it on which leads tell one story.
 */
class EmbedderQuantizedTest {
  /** Leads written for this test: three of one flood, one of another flood, two of other news. */
  private static final List<String> LEADS = List.of(
      "Dam bursts near Orvik. The Orvik dam gave way on Monday night after a week of rain, flooding forty homes"
          + " in the valley below and forcing hundreds of residents to leave.",
      "Forty homes flooded as Orvik dam fails. Heavy rain brought down the dam above Orvik late on Monday;"
          + " rescuers moved families from the flooded valley to the school gym.",
      "Orvik flood: residents return. A day after the dam collapsed, people in the valley below Orvik began"
          + " to clear mud from their houses as the water went down.",
      "River Tesk floods Halden. The Tesk burst its banks in Halden on Saturday after a storm, cutting the town"
          + " off from the coast road for two days.",
      "Central bank holds rates. The central bank kept its main interest rate at 3.5 percent on Thursday,"
          + " saying inflation was slowing more quickly than it had expected.",
      "Kestrel win the cup final. A late goal from their captain gave Kestrel a 2-1 win over Arden in the"
          + " cup final on Sunday, their first title in twelve years.");

  private static List<float[]> floats;
  private static List<float[]> quantized;

  @BeforeAll
  static void embed() {
    floats = Embedder.bundled().embedAll(LEADS);
    quantized = Embedder.bundledQuantized().embedAll(LEADS);
  }

  @Test
  void bundledQuantized_vectorsLieCloseToTheFloatModels() {
    for (int i = 0; i < LEADS.size(); i++) {
      assertThat(cosine(quantized.get(i), floats.get(i))).as("lead %d", i).isGreaterThan(0.97);
    }
  }

  @Test
  void bundledQuantized_cosinesBetweenLeadsMoveLittle() {
    for (int i = 0; i < LEADS.size(); i++) {
      for (int j = i + 1; j < LEADS.size(); j++) {
        assertThat(cosine(quantized.get(i), quantized.get(j)))
            .as("leads %d and %d", i, j).isCloseTo(cosine(floats.get(i), floats.get(j)), org.assertj.core.data.Offset.offset(0.05));
      }
    }
  }

  @Test
  void bundledQuantized_ranksTheSameStoryAboveAnotherFloodAboveOtherNews() {
    double sameStory = Math.min(cosine(quantized.get(0), quantized.get(1)), cosine(quantized.get(0), quantized.get(2)));
    double otherFlood = cosine(quantized.get(0), quantized.get(3));
    double otherNews = Math.max(cosine(quantized.get(0), quantized.get(4)), cosine(quantized.get(0), quantized.get(5)));
    assertThat(sameStory).isGreaterThan(otherFlood);
    assertThat(otherFlood).isGreaterThan(otherNews);
    assertThat(otherNews).as("unrelated leads stay below the lead threshold").isLessThan(0.2);
  }

  @Test
  void leadText_isTheTitleAndTheFirstLeadWordsOfTheBody() {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= Embedder.LEAD_WORDS + 10; i++) {
      body.append("w").append(i).append(i % 7 == 0 ? "\n" : " ");
    }
    org.storyfold.story.Article article = new org.storyfold.story.Article("a", null, null, "The title",
        body.toString(), null, "en");
    String lead = Embedder.leadText(article);
    assertThat(lead).startsWith("The title. w1 w2").endsWith(" w" + Embedder.LEAD_WORDS);
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot; // unit vectors
  }
}
