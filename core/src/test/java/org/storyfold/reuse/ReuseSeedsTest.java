package org.storyfold.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.story.Article;

/** The shared seed story: 000 wire, 001 machine rewrite of 000, 002 shares wire passages, 003 independent. */
class ReuseSeedsTest {
  /** One engine for the class: its language model loads once. */
  private static final Reuse REUSE = new Reuse();

  private static ReuseReport report;
  private static List<Article> articles;

  @BeforeAll
  static void analyzeSeeds() throws IOException {
    Path seeds = TestData.seeds();
    articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(read(f));
      }
    }
    report = REUSE.report(articles);
    System.out.println("seed relations: " + report.relations());
    System.out.println("seed originality: " + report.originality());
    for (Link l : report.links()) {
      System.out.printf("link %s -> %s %s shared=%.2f passages=%d%n", l.from(), l.to(), l.kind(), l.shared(),
          l.passages().size());
    }
  }

  /** First non-empty line as title, the rest as text; the id is the file's three-digit prefix. */
  private static Article read(Path f) throws IOException {
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    String title = i < lines.size() ? lines.get(i).trim() : "";
    String text = String.join("\n", lines.subList(Math.min(i + 1, lines.size()), lines.size())).strip();
    return new Article(f.getFileName().toString().substring(0, 3), null, null, title, text, null, null);
  }

  @Test
  void analyze_machineRewrite_isRewriteOrNearCopyOfWire() {
    Relation r = report.relations().get("001");
    assertThat(r.kind()).isIn(Relation.Kind.REWRITE, Relation.Kind.NEAR_COPY);
    assertThat(r.of()).isEqualTo("000");
  }

  @Test
  void analyze_wirePassages_areVerbatimBetween000And002() {
    Link l = report.link("000", "002");
    assertThat(l).isNotNull();
    assertThat(l.has(Passage.Kind.VERBATIM)).isTrue();
  }

  @Test
  void analyze_independentReport_isMostlyOriginal() {
    assertThat(report.originality().get("003")).isGreaterThanOrEqualTo(0.8);
    assertThat(report.relations().get("003").of()).isNull();
  }

  @Test
  void compare_seedArticles_areSameStoryAndUnrelatedIsNot() {
    assertThat(REUSE.comparison(articles.get(0).text(), articles.get(3).text()).same()).isTrue();
    String unrelated = String.join("\n\n",
        "The museum reopened its east wing after a long renovation of the roof.",
        "Visitors can see the restored ceiling paintings from Friday, the director said.",
        "The city council also voted to extend the tram line to the airport.",
        "Construction of the new line is expected to begin next summer and last three years.");
    Comparison c = REUSE.comparison(articles.get(0).text(), unrelated);
    assertThat(c.same()).isFalse();
    assertThat(c.relation()).isEqualTo(Comparison.Kind.INDEPENDENT);
  }
}
