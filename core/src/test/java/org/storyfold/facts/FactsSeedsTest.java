package org.storyfold.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.storyfold.TestData;
import org.storyfold.extract.Boilerplate;
import org.storyfold.extract.Cleaning;
import org.storyfold.io.ArticleReader;
import org.storyfold.reuse.Reuse;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Article;

/**
 * The five seed articles (one story: the Blinken visit to Mexico), read in place from the shared folder
 * and cleaned. No seed sentence is copied here: assertions use values, ids and short name strings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactsSeedsTest {
  private StoryFacts facts;

  @BeforeAll
  void read() {
    Path seeds = TestData.seeds();
    List<Article> read = new ArticleReader().read(List.of(seeds.toString()), InputStream.nullInputStream()).articles();
    assertThat(read).as("the five seeds, all read").hasSize(5);
    Cleaning cleaned = new Boilerplate().clean(read);
    List<Article> articles = new ArrayList<>();
    for (Article a : cleaned.articles()) {
      articles.add(new Article(a.id().substring(0, 3), a.url(), a.source(), a.title(), a.text(), a.published(),
          a.language()));
    }
    Map<String, List<Cleaning.Removal>> removed = new HashMap<>();
    cleaned.removed().forEach((id, r) -> removed.put(id.substring(0, 3), r));
    ReuseReport reuse = Reuse.analyze(articles);
    facts = Facts.of(new Cleaning(articles, removed), reuse, Fixtures.ANALYZER);
    Print.story("seeds", facts, reuse);
  }

  @Test
  void of_tenThousandCrossingsADay_isOneFigureFromAllFive() {
    assertThat(facts.facts()).filteredOn(f -> f.kind() == Fact.Kind.FIGURE && f.value().contains("10000")
            && f.value().endsWith("/day"))
        .singleElement()
        .satisfies(f -> assertThat(f.sources()).containsExactly("000", "001", "002", "003", "004"));
  }

  @Test
  void of_apprehensionsInNovember_areOnlyIn003() {
    assertThat(facts.facts()).filteredOn(f -> f.kind() == Fact.Kind.FIGURE && f.value().contains("190000"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.value()).isEqualTo(">190000 apprehension");
          assertThat(f.sources()).containsExactly("003");
          assertThat(f.independentSources()).isEqualTo(1);
        });
    assertThat(facts.onlyInOne()).anyMatch(f -> f.value().contains("190000"));
  }

  @Test
  void of_mexicanPresident_isOneEntityWithTypoAndShortForm() {
    assertThat(facts.entities()).filteredOn(e -> e.variants().contains("Andreas Manuel López Obrador"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.variants()).contains("Lopez Obrador", "Andres Manuel Lopez Obrador", "López Obrador");
          assertThat(e.type()).isEqualTo("person");
          assertThat(e.sources()).containsExactly("000", "001", "002", "003", "004");
        });
    assertThat(facts.entities()).filteredOn(e -> e.variants().contains("Lopez Obrador")).hasSize(1);
  }

  @Test
  void of_secretaryOfState_isOneEntityIncludingNickname() {
    assertThat(facts.entities()).filteredOn(e -> e.variants().contains("Tony Blinken"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.name()).isEqualTo("Antony Blinken");
          assertThat(e.variants()).contains("Blinken");
          assertThat(e.type()).isEqualTo("person");
        });
  }

  @Test
  void of_seeds_showNoDispute() {
    // Five outlets on one visit: their figures agree or count different things; none is disputed.
    assertThat(facts.disputed()).isEmpty();
  }

  @Test
  void of_seeds_summaryIsShortAndNonEmpty() {
    assertThat(facts.summary()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
  }
}
