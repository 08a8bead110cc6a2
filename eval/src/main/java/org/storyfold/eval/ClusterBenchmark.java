package org.storyfold.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyfold.Storyfold;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;

/**
 * Story clustering scored against gold labels: the articles of a JSON-lines file are read, cleaned
 * and grouped as any input would be, without the label, which is read separately.
 */
public final class ClusterBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterBenchmark() {}

  /**
   * The outcome of one run.
   *
   * @param scores   agreement with the gold labels
   * @param articles articles clustered (those that carry a label)
   * @param read     what reading the file gave, rejections included
   */
  public record Run(ClusterScores scores, int articles, ReadResult read) {}

  /**
   * @param file  JSON lines with {@code id}, {@code text} and the gold label
   * @param label the gold label field, e.g. {@code event}
   * @param split only lines whose {@code split} field has this value, or null for all
   */
  public static Run run(Path file, String label, String split, Storyfold engine) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(engine, "engine");
    engine.preloadLeadModel();
    try {
      return run(file, labels(file, label, split), engine);
    } finally {
      engine.awaitLeadModel();
    }
  }

  private static Run run(Path file, Map<String, String> gold, Storyfold engine) {
    ReadResult read = new ArticleReader(engine.config().maxArticleBytes(), new org.storyfold.extract.Extractor())
        .read(List.of(file.toString()), System.in);
    List<Article> articles = read.articles().stream().filter(a -> gold.containsKey(a.id())).toList();
    Map<String, String> predicted = new HashMap<>();
    engine.stories(engine.clean(articles, read.pages()).articles())
        .forEach(s -> s.articles().forEach(a -> predicted.put(a.id(), s.id())));
    List<String> p = new ArrayList<>();
    List<String> g = new ArrayList<>();
    for (Article a : articles) {
      p.add(predicted.get(a.id()));
      g.add(gold.get(a.id()));
    }
    return new Run(ClusterScores.of(p, g), articles.size(), read);
  }

  private static Map<String, String> labels(Path file, String label, String split) {
    Map<String, String> gold = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = JSON.readTree(line);
        } catch (IOException e) {
          continue; // the reader names the malformed line as a rejection
        }
        if (n.hasNonNull("id") && n.hasNonNull(label)
            && (split == null || split.equals(n.path("split").asText(null)))) {
          gold.put(n.get("id").asText(), n.get(label).asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return gold;
  }
}
