package org.storyfold.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.story.Article;

/** One source never disputes itself, but a later count from it corrects its earlier one. */
class FactsSourcesTest {
  private static final OffsetDateTime TUESDAY = OffsetDateTime.parse("2026-10-14T22:00:00Z");
  private static final OffsetDateTime WEDNESDAY = OffsetDateTime.parse("2026-10-15T12:00:00Z");

  private static Article article(String id, String outlet, OffsetDateTime when, String text) {
    return new Article(id, null, outlet, "", text, when, "en");
  }

  @Test
  void of_outletCorrectsItselfNextDay_disputesTheOthersNotItself() {
    StoryFacts facts = Facts.of(List.of(
        article("courier-1", "courier", TUESDAY, "Two people were injured in the shooting at Alder Court, police said."),
        article("valley-1", "valley", TUESDAY, "Police said two people were injured in the shooting at Alder Court."),
        article("courier-2", "courier", WEDNESDAY, "Police said three people were injured in the shooting at Alder Court.")),
        null, Fixtures.ANALYZER);
    assertThat(facts.disputed()).anySatisfy(f -> {
      assertThat(f.sources()).containsExactly("courier-2");
      assertThat(f.conflicts()).singleElement().satisfies(c -> assertThat(c.sources()).contains("valley-1"));
    });
  }

  @Test
  void of_oneOutletTwoCountsSameTime_isNoDispute() {
    StoryFacts facts = Facts.of(List.of(
        article("courier-1", "courier", TUESDAY, "Two people were injured in the shooting at Alder Court, police said."),
        article("courier-2", "courier", TUESDAY, "Police said three people were injured in the shooting at Alder Court.")),
        null, Fixtures.ANALYZER);
    assertThat(facts.disputed()).isEmpty();
  }

  @Test
  void of_sentenceWithTwoCountsOfOneThing_neverDisputesItself() {
    StoryFacts facts = Facts.of(List.of(
        article("a", null, null, "Two people were injured on Monday and three people were injured on Tuesday at the mill."),
        article("b", null, null, "The mill closed for a week after the accidents, the owners said.")),
        null, Fixtures.ANALYZER);
    assertThat(facts.disputed()).isEmpty();
  }
}
