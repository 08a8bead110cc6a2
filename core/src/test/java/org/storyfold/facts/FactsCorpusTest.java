package org.storyfold.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.reuse.Reuse;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Article;

/**
 * Real multi-outlet coverage: the articles of one ECB+ gold event, and one GoogleNews-TS story, are
 * described as a story. No dispute may set a sentence, or a source, against itself. Prints the disputes
 * per story and writes every dispute to {@code target/facts-disputes-<set>.txt} for reading.
 */
class FactsCorpusTest {

  @Test
  void of_ecbPlusEvents_noSelfOrSameSourceConflict() throws IOException {
    check("ecbplus", stories(TestData.eval("ecbplus", "docs.jsonl"), 1000));
  }

  @Test
  void of_googleNewsStories_noSelfOrSameSourceConflict() throws IOException {
    check("googlenews_ts", stories(TestData.eval("googlenews_ts", "docs.jsonl"), 120));
  }

  private static void check(String set, Map<String, List<Article>> stories) throws IOException {
    int multi = 0;
    int disputes = 0;
    int self = 0;
    int sameSource = 0;
    Path out = Path.of("target", "facts-disputes-" + set + ".txt");
    Files.createDirectories(out.getParent());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
      for (Map.Entry<String, List<Article>> e : stories.entrySet()) {
        List<Article> articles = e.getValue();
        if (articles.size() < 2) {
          continue;
        }
        multi++;
        ReuseReport reuse = Reuse.analyze(articles);
        StoryFacts facts = Facts.of(articles, reuse, Fixtures.ANALYZER);
        Set<String> seen = new HashSet<>();
        for (Fact f : facts.disputed()) {
          for (Conflict c : f.conflicts()) {
            String pair = f.text().compareTo(c.text()) < 0 ? f.value() + f.text() + "|" + c.value() + c.text()
                : c.value() + c.text() + "|" + f.value() + f.text();
            if (!seen.add(pair)) {
              continue;
            }
            disputes++;
            if (f.text().equals(c.text())) {
              self++;
            }
            if (f.sources().stream().anyMatch(c.sources()::contains)) {
              sameSource++;
            }
            w.printf("[%s] %s %s%n   %s%n   vs %s %s%n   %s%n%n", e.getKey(), f.value(), f.sources(), f.text(),
                c.value(), c.sources(), c.text());
          }
        }
      }
    }
    System.out.printf("FACTS-CORPUS %s: %d multi-article stories, %d disputes (%.2f per story), %d self, %d same-source%n",
        set, multi, disputes, multi == 0 ? 0.0 : (double) disputes / multi, self, sameSource);
    assertThat(multi).isGreaterThan(10);
    assertThat(self).as("a sentence disputing itself").isZero();
    assertThat(sameSource).as("a source disputing itself").isZero();
  }

  /** Articles grouped by gold event (story), at most {@code cap} articles a story, in file order. */
  static Map<String, List<Article>> stories(Path docs, int cap) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<Article>> out = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(docs)) {
      for (String row = in.readLine(); row != null; row = in.readLine()) {
        if (row.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(row);
        List<Article> story = out.computeIfAbsent(doc.get("event").asText(), k -> new ArrayList<>());
        if (story.size() < cap) {
          story.add(new Article(doc.get("id").asText(), null, null, "", doc.get("text").asText(), null, "en"));
        }
      }
    }
    return out;
  }
}
