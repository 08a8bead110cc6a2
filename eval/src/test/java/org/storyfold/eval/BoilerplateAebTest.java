package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.extract.Boilerplate;
import org.storyfold.extract.Cleaning;
import org.storyfold.story.Article;

/**
 * The Article Extraction Benchmark's pages flattened to whole-page text (its "html-text" output, F1
 * 0.665 as it stands), cleaned as one batch and scored against the benchmark's ground truth. Runs only
 * where the shared evaluation sets are present; the data is read in place, never copied.
 */
class BoilerplateAebTest {

  @Test
  void clean_aebWholePageText_reachesF1Of085() throws IOException {
    Path pages = TestData.eval("aeb", "output", "html-text.json");
    Path truthFile = TestData.eval("aeb", "ground-truth.json");

    ObjectMapper json = new ObjectMapper();
    JsonNode output = json.readTree(pages.toFile()).get("output");
    JsonNode truth = json.readTree(truthFile.toFile());
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    List<Article> batch = new ArrayList<>();
    for (String id : ids) {
      batch.add(new Article(id, null, null, "", output.get(id).get("articleBody").asText(), null, null));
    }

    Cleaning cleaned = new Boilerplate().clean(batch);

    ExtractionScore before = new ExtractionScore();
    ExtractionScore after = new ExtractionScore();
    for (int i = 0; i < ids.size(); i++) {
      String expected = truth.get(ids.get(i)).get("articleBody").asText();
      before.add(expected, batch.get(i).text());
      after.add(expected, cleaned.articles().get(i).text());
    }
    System.out.println("AEB html-text before cleaning: " + before);
    System.out.println("AEB html-text after cleaning:  " + after);
    assertThat(after.pages()).isEqualTo(181);
    assertThat(after.f1()).isGreaterThanOrEqualTo(0.85);
  }
}
