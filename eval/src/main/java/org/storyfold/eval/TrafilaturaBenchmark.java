package org.storyfold.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyfold.extract.Extractor;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;

/**
 * Runs an extractor over trafilatura's evaluation pages and scores it with {@link TrafilaturaScore}.
 *
 * <p>The folder holds {@code html/<key>.html.gz} and {@code evaldata.json} of the form
 * {@code {name: {"file": "<key>.html.gz", "with": [...], "without": [...], ...}}}. The pages are read
 * the way {@code storyfold extract html/} reads them (the public {@link ArticleReader}: charset
 * detection, then the extractor; no URL is given, as for files on disk), so the figure is the one a
 * user gets. A page that is missing or yields no text scores as an empty prediction.
 */
public final class TrafilaturaBenchmark {
  private TrafilaturaBenchmark() {}

  /** The file that marks a folder as trafilatura's evaluation set. */
  public static final String TRUTH_FILE = "evaldata.json";

  /**
   * One evaluation page.
   *
   * @param id      the page's file name without {@code .html.gz} (the article id the reader gives it)
   * @param name    the key of the page in {@code evaldata.json}
   * @param with    snippets the main text must contain
   * @param without snippets the main text must not contain
   */
  public record Case(String id, String name, List<String> with, List<String> without) {
    public Case {
      with = List.copyOf(with);
      without = List.copyOf(without);
    }
  }

  /** Scores {@code extractor} on the set in {@code dir}. */
  public static TrafilaturaScore run(Path dir, Extractor extractor) {
    List<Case> cases = load(dir);
    return score(cases, extract(dir, extractor));
  }

  /** The text the extractor gives for each page, by id, read through {@link ArticleReader}. */
  public static Map<String, String> extract(Path dir, Extractor extractor) {
    Objects.requireNonNull(extractor, "extractor");
    ReadResult read = new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, extractor)
        .read(List.of(dir.resolve("html").toString()), new ByteArrayInputStream(new byte[0]));
    Map<String, String> texts = new HashMap<>();
    for (Article a : read.articles()) {
      texts.put(a.id(), a.text());
    }
    return texts;
  }

  /** Scores predicted texts (by page id; a missing id is an empty prediction). */
  public static TrafilaturaScore score(List<Case> cases, Map<String, String> texts) {
    TrafilaturaScore score = new TrafilaturaScore();
    for (Case c : cases) {
      score.add(c.with(), c.without(), texts.get(c.id()));
    }
    return score;
  }

  /** Reads {@code evaldata.json}, in id order. */
  public static List<Case> load(Path dir) {
    try {
      JsonNode data = new ObjectMapper().readTree(dir.resolve(TRUTH_FILE).toFile());
      List<Case> cases = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String file = e.getValue().path("file").asText("");
        String id = file.endsWith(".html.gz") ? file.substring(0, file.length() - ".html.gz".length()) : file;
        cases.add(new Case(id, e.getKey(), strings(e.getValue().path("with")),
            strings(e.getValue().path("without"))));
      }
      cases.sort(java.util.Comparator.comparing(Case::id));
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TRUTH_FILE + " in " + dir, e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /**
   * One page parsed on its own (gunzipped; UTF-8 when it decodes as such, else windows-1252), for
   * checks that must not go through the extractor.
   */
  static org.jsoup.nodes.Document page(Path dir, Case c) {
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
        Files.newInputStream(dir.resolve("html").resolve(c.id() + ".html.gz")))) {
      byte[] bytes = in.readAllBytes();
      String html;
      try {
        html = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        html = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
      }
      return org.jsoup.Jsoup.parse(html);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page " + c.id() + " in " + dir, e);
    }
  }

  /** Whether {@code dir} looks like trafilatura's set (it has {@code evaldata.json}). */
  public static boolean recognizes(Path dir) {
    return Files.isRegularFile(dir.resolve(TRUTH_FILE));
  }

  /** Prints the score of the default extractor on the folder given as the first argument. */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/trafilatura_dev");
    System.out.println(run(dir, new Extractor()));
  }
}
