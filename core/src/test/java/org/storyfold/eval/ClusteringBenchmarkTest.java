package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;

/**
 * Story clustering on public sets nobody here wrote, read from ../shared by path, given only id and
 * text (the gold label is read separately and never shown to the engine).
 */
class ClusteringBenchmarkTest {
  static ClusterScores score(String set) throws IOException {
    String root = System.getProperty("storyfold.shared");
    Path file = root == null ? null : Path.of(root, "eval", set, "docs.jsonl");
    assumeTrue(file != null && Files.isRegularFile(file), "no ../shared/eval/" + set);
    Map<String, String> gold = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(file)) {
      JsonNode n = json.readTree(line);
      gold.put(n.get("id").asText(), n.get("event").asText());
    }
    ReadResult read = new ArticleReader().read(List.of(file.toString()), System.in);
    assertThat(read.rejections()).isEmpty();
    Storyfold engine = new Storyfold(StoryfoldConfig.defaults());
    Map<String, String> predicted = new HashMap<>();
    engine.stories(engine.clean(read.articles(), read.pages()).articles())
        .forEach(s -> s.articles().forEach(a -> predicted.put(a.id(), s.id())));
    List<String> p = new ArrayList<>();
    List<String> g = new ArrayList<>();
    for (Article a : read.articles()) {
      p.add(predicted.get(a.id()));
      g.add(gold.get(a.id()));
    }
    ClusterScores scores = ClusterScores.of(p, g);
    System.out.println(set + ": " + scores);
    return scores;
  }

  @Test
  void stories_ecbPlusEventsAtBCubedF1AboveNinetyTwo() throws IOException {
    ClusterScores s = score("ecbplus");
    assertThat(s.items()).isEqualTo(982);
    assertThat(s.b3F1()).isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void stories_googleNewsSnippetsAtBCubedF1AboveEightyFive() throws IOException {
    ClusterScores s = score("googlenews_ts");
    assertThat(s.items()).isEqualTo(11109);
    assertThat(s.b3F1()).isGreaterThanOrEqualTo(0.85);
  }
}
