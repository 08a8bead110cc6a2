package org.storyfold.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.storyfold.extract.Cleaning;
import org.storyfold.reuse.Reuse;
import org.storyfold.reuse.ReuseReport;

/**
 * Story F of the examples: a shooting at an apartment complex, reported by a local paper, a TV site
 * and a wire, with a correction the next day. Every trap of issue 16 is in it (two people's ages, a
 * duration, an address, street ordinals, an earlier incident, a phone number); the only real dispute
 * is the count the correction changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactsLocalStoryTest {
  private StoryFacts facts;

  @BeforeAll
  void read() throws IOException {
    Cleaning cleaned = Fixtures.exampleStory("f");
    assertThat(cleaned.articles()).hasSize(4);
    ReuseReport reuse = Reuse.analyze(cleaned.articles());
    facts = Facts.of(cleaned, reuse, Fixtures.ANALYZER);
    Print.story("example story F", facts, reuse);
  }

  @Test
  void of_correctionNextDay_disputesTheDayOneCount() {
    assertThat(facts.disputed()).hasSize(2); // the two sides of one dispute
    Fact corrected = facts.disputed().stream().filter(f -> f.sources().equals(List.of("f-04-courier-update")))
        .findFirst().orElseThrow();
    assertThat(corrected.value()).isEqualTo("3 people");
    assertThat(corrected.about()).isEqualTo("injured person");
    assertThat(corrected.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo("2 people");
      assertThat(c.sources()).contains("f-01-courier", "f-02-valley", "f-03-wire").doesNotContain("f-04-courier-update");
    });
  }

  @Test
  void of_ageDurationAddressOrdinalEarlierIncidentAndPhone_disputeNothing() {
    assertThat(facts.disputed()).allMatch(f -> "injured person".equals(f.about()));
    assertThat(facts.facts()).filteredOn(f -> f.kind() == Fact.Kind.FIGURE).noneMatch(f -> f.value().contains("4410") || f.value().contains("4400")
        || f.value().contains("555") || f.value().contains("38") || f.value().contains("41"));
  }

  @Test
  void of_suspectAgeInTwoOutlets_isAgreedAndNotSetAgainstTheVictims() {
    assertThat(facts.facts()).filteredOn(f -> f.kind() == Fact.Kind.FIGURE && f.value().equals("19 year-old"))
        .isNotEmpty().allMatch(f -> f.conflicts().isEmpty());
    assertThat(facts.facts()).filteredOn(f -> f.kind() == Fact.Kind.FIGURE && f.value().equals("17 year-old"))
        .isNotEmpty().allMatch(f -> f.conflicts().isEmpty());
  }

  @Test
  void of_retractedSentence_isNotTheCorrectionsOwnSecondValue() {
    Fact dayOne = facts.disputed().stream().filter(f -> f.value().equals("2 people")).findFirst().orElseThrow();
    assertThat(dayOne.sources()).doesNotContain("f-04-courier-update");
  }

  @Test
  void of_twoQuotesOfOnePersonInDifferentWords_areTwoFactsNotAConflict() {
    List<Fact> whitlock = facts.facts().stream()
        .filter(f -> f.kind() == Fact.Kind.QUOTE && f.text().startsWith("Dana Whitlock")).toList();
    assertThat(whitlock).hasSizeGreaterThanOrEqualTo(2).allMatch(f -> f.conflicts().isEmpty());
  }
}
