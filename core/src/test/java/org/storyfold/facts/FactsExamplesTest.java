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

/** Story A of the examples: the Port Calder fire, a wire, four derived copies, an independent report, a translation. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactsExamplesTest {
  private StoryFacts facts;

  @BeforeAll
  void read() throws IOException {
    Cleaning cleaned = Fixtures.exampleStory("a");
    ReuseReport reuse = Reuse.analyze(cleaned.articles());
    facts = Facts.of(cleaned, reuse, Fixtures.ANALYZER);
    Print.story("example story A", facts, reuse);
  }

  @Test
  void of_evacuatedWorkers_isDisputedWithA06OnOneSide() {
    Fact wire = facts.facts().stream().filter(f -> f.kind() == Fact.Kind.FIGURE && f.value().equals("240 worker"))
        .findFirst().orElseThrow();
    assertThat(wire.sources()).contains("a-01-wire", "a-02-light").doesNotContain("a-06-independent");
    assertThat(wire.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo("~300 worker");
      assertThat(c.sources()).containsExactly("a-06-independent");
    });
    assertThat(facts.disputed()).anyMatch(f -> f.value().equals("~300 worker")
        && f.sources().equals(List.of("a-06-independent"))
        && f.conflicts().stream().anyMatch(c -> c.sources().contains("a-01-wire")));
  }

  @Test
  void of_wireAndItsCopies_countAsOneIndependentSource() {
    Fact wire = facts.facts().stream().filter(f -> f.kind() == Fact.Kind.FIGURE && f.value().equals("240 worker"))
        .findFirst().orElseThrow();
    assertThat(wire.sources().size()).isGreaterThan(wire.independentSources());
  }

  @Test
  void of_exampleStory_summaryHasAtMostFiveDistinctSentences() {
    assertThat(facts.summary()).isNotEmpty().hasSizeLessThanOrEqualTo(5).doesNotHaveDuplicates();
  }

  @Test
  void of_everyExampleStoryWithoutRelations_givesBoundedSummaryAndNoDisputeAmongIndependentStormReports()
      throws IOException {
    for (String story : List.of("b", "c", "d")) {
      StoryFacts f = Facts.of(Fixtures.exampleStory(story).articles(), null, Fixtures.ANALYZER);
      Print.story("example story " + story, f, null);
      assertThat(f.summary()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
      assertThat(f.facts()).allSatisfy(x -> assertThat(x.independentSources()).isEqualTo(x.sources().size()));
    }
  }
}
