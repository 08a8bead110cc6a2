package org.storyfold.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import org.storyfold.extract.Extractor;

/**
 * Runs an extractor over an Article Extraction Benchmark folder and scores it with
 * {@link ExtractionScore}.
 *
 * <p>The folder holds {@code html/<id>.html.gz} (gzip, UTF-8) and {@code ground-truth.json} of the form
 * {@code {id: {"articleBody": str, "url": str}}}. A page's id is its file name without
 * {@code .html.gz}; the truth's url is passed to the extractor as the page's url. A truth entry without a
 * page file scores as an empty prediction; a page without truth is left out.
 */
public final class ExtractionBenchmark {
  private ExtractionBenchmark() {}

  /** One benchmark page: its id, the url the truth gives, the page's HTML and the true body. */
  public record Case(String id, String url, String html, String truth) {}

  /** Scores {@code extractor} on the benchmark in {@code dir}. */
  public static ExtractionScore run(Path dir, Extractor extractor) {
    Objects.requireNonNull(extractor, "extractor");
    return run(dir, (html, url) -> extractor.extract(html, url).text());
  }

  /** Scores any extractor given as (html, url) to main text on the benchmark in {@code dir}. */
  public static ExtractionScore run(Path dir, BiFunction<String, String, String> extractor) {
    return score(load(dir), extractor);
  }

  /** Scores an extractor on already loaded cases (lets a caller time extraction apart from reading). */
  public static ExtractionScore score(List<Case> cases, BiFunction<String, String, String> extractor) {
    ExtractionScore score = new ExtractionScore();
    for (Case c : cases) {
      String predicted = c.html() == null ? "" : extractor.apply(c.html(), c.url());
      score.add(c.truth(), predicted);
    }
    return score;
  }

  /** Reads the benchmark's pages and truth, in id order. */
  public static List<Case> load(Path dir) {
    Path truthFile = dir.resolve("ground-truth.json");
    Path htmlDir = dir.resolve("html");
    try {
      JsonNode truth = new ObjectMapper().readTree(truthFile.toFile());
      List<String> ids = new ArrayList<>();
      for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
        ids.add(it.next());
      }
      ids.sort(null);
      List<Case> cases = new ArrayList<>(ids.size());
      for (String id : ids) {
        JsonNode entry = truth.get(id);
        String body = entry.path("articleBody").asText("");
        String url = entry.hasNonNull("url") ? entry.get("url").asText() : null;
        Path page = htmlDir.resolve(id + ".html.gz");
        String html = Files.isRegularFile(page) ? gunzip(page) : null;
        cases.add(new Case(id, url, html, body));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark in " + dir, e);
    }
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Prints the score of the default extractor on the folder given as the first argument. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/aeb");
    System.out.println(run(dir, new Extractor()));
  }
}
