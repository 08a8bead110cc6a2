package org.storyfold.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.storyfold.reuse.Relation;
import org.storyfold.reuse.Reuse;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Article;

/**
 * How often text reuse calls independent reporting derived: the articles of one ECB+ event were
 * written by different outlets about the same real-world event (the same people, places, figures and
 * often the same quotes), so an article derived from another is, with few exceptions (syndicated wire
 * copy also exists in ECB+), a false derivation. Each event is given to {@link Reuse} as one story;
 * the figure is the share of articles given a source, by kind.
 *
 * <p>Run: {@code java -cp ... org.storyfold.eval.ReuseBenchmark ../shared/eval/ecbplus/docs.jsonl}.
 */
public final class ReuseBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReuseBenchmark() {}

  /** Articles and how many were given a source, by relation kind. */
  public record Result(int articles, int derived, Map<String, Integer> kinds) {
    public double derivedShare() {
      return articles == 0 ? 0 : derived / (double) articles;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "articles=%d derived=%d (%.3f) kinds=%s", articles, derived, derivedShare(), kinds);
    }
  }

  public static void main(String[] args) {
    System.out.println("ECB+ events as stories: " + run(Path.of(args[0]), new Reuse()));
  }

  public static Result run(Path docsJsonl, Reuse reuse) {
    Map<String, List<Article>> events = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(docsJsonl, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = JSON.readTree(line);
        events.computeIfAbsent(n.get("event").asText(), k -> new ArrayList<>())
            .add(new Article(n.get("id").asText(), null, null, "", n.get("text").asText(), null, "en"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int articles = 0;
    int derived = 0;
    Map<String, Integer> kinds = new TreeMap<>();
    for (List<Article> story : events.values()) {
      ReuseReport r = reuse.report(story);
      for (Relation rel : r.relations().values()) {
        articles++;
        kinds.merge(rel.kind().toString(), 1, Integer::sum);
        derived += rel.of() != null ? 1 : 0;
      }
    }
    return new Result(articles, derived, kinds);
  }
}
