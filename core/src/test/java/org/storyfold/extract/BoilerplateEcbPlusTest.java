package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.story.Article;

/**
 * ECB+ articles: clean news text written one sentence per line, with no boilerplate at all. The
 * cleaner must leave their sentences (almost) alone. Runs only where the shared evaluation sets are present; the
 * data is read in place, never copied.
 */
class BoilerplateEcbPlusTest {

  @Test
  void clean_ecbPlusOneSentencePerLine_removesAlmostNothing() throws IOException {
    Path docs = TestData.eval("ecbplus", "docs.jsonl");

    ObjectMapper json = new ObjectMapper();
    List<Article> batch = new ArrayList<>();
    int lines = 0;
    try (BufferedReader in = Files.newBufferedReader(docs)) {
      for (String row = in.readLine(); row != null; row = in.readLine()) {
        if (row.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(row);
        String text = doc.get("text").asText();
        lines += (int) text.lines().filter(l -> !l.isBlank()).count();
        batch.add(new Article(doc.get("id").asText(), null, null, "", text, null, null));
      }
    }

    Cleaning cleaned = new Boilerplate().clean(batch);

    int removed = 0;
    int sentences = 0;
    for (Map.Entry<String, List<Cleaning.Removal>> e : cleaned.removed().entrySet()) {
      for (Cleaning.Removal r : e.getValue()) {
        removed++;
        if (r.line().matches(".*[.!?…][\"”’)]*")) {
          sentences++;
        }
        if (Boolean.getBoolean("storyfold.ecbplus.verbose")) {
          System.out.println(e.getKey() + "\t" + r.line() + "\t" + r.reason());
        }
      }
    }
    System.out.println("ECB+ articles: " + batch.size() + ", lines: " + lines + ", removed: " + removed
        + " (ending like a sentence: " + sentences + ")");
    assertThat(batch).hasSize(982);
    // what still goes is mostly headlines and datelines above the first sentence; sentences stay
    assertThat(sentences).isLessThanOrEqualTo(lines / 100);
  }
}
