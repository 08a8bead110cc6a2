package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.storyfold.TestData;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;

/**
 * The five seed articles, read in place from the shared folder (real pages flattened to text, their
 * boilerplate included). No sentence of theirs is copied here: the assertions use counts, prefixes of
 * a few words and properties of the lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoilerplateSeedsTest {
  /** A paragraph: twelve words or more ending like a sentence, not a bullet item. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’)]*$");

  private List<Article> input;
  private Cleaning cleaned;
  private final Map<String, Integer> index = new HashMap<>();

  @BeforeAll
  void read() {
    Path seeds = TestData.seeds();
    ReadResult read = new ArticleReader().read(List.of(seeds.toString()), InputStream.nullInputStream());
    input = read.articles();
    assertThat(input).as("the five seeds, all read").hasSize(5);
    cleaned = new Boilerplate().clean(input);
    for (int i = 0; i < input.size(); i++) {
      index.put(input.get(i).id().substring(0, 3), i);
    }
  }

  private List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private List<String> kept(String seed) {
    return lines(cleaned.articles().get(index.get(seed)).text());
  }

  private List<String> removed(String seed) {
    String id = input.get(index.get(seed)).id();
    return cleaned.removed().getOrDefault(id, List.of()).stream().map(Cleaning.Removal::line).toList();
  }

  private static boolean paragraph(String line) {
    return line.split("\\s+").length >= 12 && SENTENCE_END.matcher(line).find() && !line.startsWith("- ");
  }

  @Test
  void clean_seeds_keepEveryParagraph() {
    for (int i = 0; i < input.size(); i++) {
      List<String> kept = lines(cleaned.articles().get(i).text());
      for (String line : lines(input.get(i).text())) {
        if (paragraph(line)) {
          assertThat(kept).as("seed %s", input.get(i).id()).contains(line);
        }
      }
    }
  }

  @Test
  void clean_seeds_keepExpectedNumberOfLines() {
    assertThat(kept("000")).hasSize(10);
    assertThat(kept("001")).hasSize(25); // its headline moved up to the title
    assertThat(kept("002")).hasSize(13); // its headline moved up, its captioned photo credit gone
    assertThat(kept("003")).hasSize(19);
    assertThat(kept("004")).hasSize(6);
  }

  @Test
  void clean_seeds_removeNavigationAndForms() {
    assertThat(removed("000")).hasSize(4)
        .anyMatch(l -> l.startsWith("Previous article")).anyMatch(l -> l.startsWith("Next article"))
        .filteredOn(l -> l.startsWith("Please enter your")).hasSize(2);
    assertThat(removed("002")).anyMatch(l -> l.equals("Related Articles")).anyMatch(l -> l.startsWith("Back to top"));
    assertThat(removed("003")).containsExactlyInAnyOrder("You may also like", "Exit mobile version");
  }

  @Test
  void clean_seeds_removeSubscriptionPromptAndRepeatedCaption() {
    List<String> original = lines(input.get(index.get("001")).text());
    List<String> repeated = original.stream()
        .filter(l -> original.stream().filter(o -> SiteRepetition.sameText(o, l)).count() > 1).toList();
    assertThat(repeated).hasSize(2);
    assertThat(removed("001")).containsAll(repeated)
        .anyMatch(l -> l.startsWith("Check out our")).contains("×").anyMatch(l -> l.startsWith("You have free"));
  }

  @Test
  void clean_seeds_removeReadAlsoListRestatingBulletsAndSource() {
    List<String> bullets = lines(input.get(index.get("004")).text()).stream().filter(l -> l.startsWith("- ")).toList();
    assertThat(bullets).hasSizeGreaterThan(8);
    assertThat(removed("004")).containsAll(bullets)
        .anyMatch(l -> l.startsWith("Read also")).anyMatch(l -> l.startsWith("Source:"));
    String id = input.get(index.get("004")).id();
    assertThat(cleaned.removed().get(id))
        .filteredOn(r -> r.reason().startsWith("bullet list restating the article")).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void clean_seeds_replaceBoilerplateTitlesWithTheHeadline() {
    for (String seed : List.of("001", "002")) {
      Article before = input.get(index.get(seed));
      Article after = cleaned.articles().get(index.get(seed));
      assertThat(after.title()).isEqualTo(lines(before.text()).get(0));
      assertThat(removed(seed)).contains(before.title());
    }
    for (String seed : List.of("000", "003", "004")) {
      assertThat(cleaned.articles().get(index.get(seed)).title()).isEqualTo(input.get(index.get(seed)).title());
    }
  }

  @Test
  void clean_seeds_keepSubheadingBetweenParagraphs() {
    // a line of a few words without sentence punctuation, kept because paragraphs surround it
    assertThat(kept("001")).anyMatch(l -> l.split("\\s+").length <= 10 && !SENTENCE_END.matcher(l).find());
  }
}
