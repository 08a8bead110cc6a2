package org.storyfold.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.storyfold.story.Article;

/**
 * The texts the benchmarks run on, read at setup from the shared evaluation sets beside the checkout
 * (never copied into the repository). Paths are relative to the repository root, where the benchmarks
 * are run from; each benchmark takes the folder as a JMH parameter so that it can be moved.
 */
final class Corpora {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpora() {}

  /** One HTML page of the Article Extraction Benchmark, with the url its truth gives (or null). */
  record Page(String id, String html, String url) {}

  /** The AEB pages ({@code html/<id>.html.gz}, UTF-8), in file-name order. */
  static List<Page> aebPages(Path aeb) {
    Map<String, JsonNode> truth = aebTruth(aeb);
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(aeb.resolve("html"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
        String id = file.getFileName().toString().replace(".html.gz", "");
        JsonNode entry = truth.get(id);
        String url = entry == null || !entry.hasNonNull("url") ? null : entry.get("url").asText();
        pages.add(new Page(id, gunzip(file), url));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    require(!pages.isEmpty(), "no AEB pages under " + aeb);
    return pages;
  }

  /** The AEB truth's article bodies as articles (real news prose of every length), in id order. */
  static List<Article> aebBodies(Path aeb) {
    List<Article> articles = new ArrayList<>();
    aebTruth(aeb).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      String body = e.getValue().path("articleBody").asText("");
      if (!body.isBlank()) {
        articles.add(new Article(e.getKey(), e.getValue().path("url").asText(null), null, "", body, null, null));
      }
    });
    require(!articles.isEmpty(), "no AEB article bodies under " + aeb);
    return articles;
  }

  /** The first {@code n} documents of GoogleNews-TS ({@code docs.jsonl}); the texts are English. */
  static List<Article> googleNews(Path dir, int n) {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(dir.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null && articles.size() < n; line = lines.readLine()) {
        if (!line.isBlank()) {
          JsonNode doc = JSON.readTree(line);
          articles.add(new Article(doc.get("id").asText(), null, null, "", doc.get("text").asText(), null, "en"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    require(articles.size() == n, "GoogleNews-TS has " + articles.size() + " documents, " + n + " asked");
    return articles;
  }

  /** Every document of a JSON-lines file with {@code id} and {@code text} (ECB+'s {@code docs.jsonl}), untitled. */
  static List<Article> jsonLines(Path file) {
    List<Article> articles = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          JsonNode doc = JSON.readTree(line);
          String source = doc.hasNonNull("source") ? doc.get("source").asText() : null; // a crawl's site, if given
          articles.add(new Article(doc.get("id").asText(), null, source, "", doc.get("text").asText(), null, null));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    require(!articles.isEmpty(), "no documents in " + file);
    return articles;
  }

  /** The gold event of each of the first {@code n} GoogleNews-TS documents, by document id. */
  static Map<String, String> googleNewsEvents(Path dir, int n) {
    Map<String, String> events = new java.util.HashMap<>();
    try (BufferedReader lines = Files.newBufferedReader(dir.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null && events.size() < n; line = lines.readLine()) {
        if (!line.isBlank()) {
          JsonNode doc = JSON.readTree(line);
          events.put(doc.get("id").asText(), doc.get("event").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return events;
  }

  private static Map<String, JsonNode> aebTruth(Path aeb) {
    try {
      JsonNode root = JSON.readTree(aeb.resolve("ground-truth.json").toFile());
      Map<String, JsonNode> out = new java.util.HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.put(e.getKey(), e.getValue());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }
}
