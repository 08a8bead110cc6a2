package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyfold.Storyfold;
import org.storyfold.TestData;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/** The job on {@code local[2]} (UI off, two shuffle partitions) gives the engine's stories. */
class StoryfoldJobTest {
  private static SparkSession spark;
  /** The examples run once, shared by the tests that read its output. */
  private static Path examplesOut;

  @TempDir
  static Path shared;

  @BeforeAll
  static void start() {
    spark = Sessions.local();
    examplesOut = shared.resolve("out");
    StoryfoldJob.run(spark, JobOptions.parse("--format", "jsonl", "--output", examplesOut.toString(),
        TestData.examples().toString()));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void run_examples_givesTheEnginesStories() throws Exception {
    Path out = examplesOut;
    Map<String, String> job = Sessions.assignment(spark, out);
    Storyfold engine = Engines.get(true);
    Map<String, String> expected = byArticle(engine.fold(List.of(TestData.examples().toString()), System.in).stories());
    assertThat(job.keySet()).isEqualTo(expected.keySet());
    assertThat(Sessions.agreement(job, expected).b3F1()).isEqualTo(1.0);
    List<String> lines = Files.readAllLines(out.resolve("stories.jsonl"));
    assertThat(lines).hasSize(new java.util.HashSet<>(job.values()).size());
    // largest first, described as the CLI describes it
    assertThat(lines.get(0)).contains("\"summary\"", "\"facts\"", "\"relation\"", "a-01-wire");
    assertThat(Files.exists(out.resolve("_checkpoints"))).isFalse();
  }

  @Test
  void run_warcFile_readsEveryRecordAndGivesTheEnginesStories(@TempDir Path dir) throws Exception {
    List<Article> articles = Engines.get(true)
        .fold(List.of(TestData.examples().toString()), System.in).cleaning().articles();
    Path warc = dir.resolve("crawl.warc.gz");
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
      WarcWriter writer = new WarcWriter(ch, WarcCompression.GZIP);
      for (Article a : articles) {
        byte[] body = page(a).getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), body).build();
        writer.write(new WarcResponse.Builder("https://daily.example/" + a.id())
            .date(Instant.parse("2025-06-09T12:00:00Z")).body(http).build());
      }
    }
    Path out = dir.resolve("out");
    StoryfoldJob.run(spark, JobOptions.parse("--output", out.toString(), warc.toString()));

    Map<String, String> job = Sessions.assignment(spark, out);
    assertThat(job).hasSize(articles.size());
    Storyfold engine = Engines.get(true);
    Map<String, String> expected = byArticle(engine.fold(List.of(warc.toString()), System.in).stories());
    assertThat(Sessions.agreement(job, expected).b3F1()).isEqualTo(1.0);
  }

  @Test
  void run_articlesOutput_holdsCleanTextAndStory() {
    Path out = examplesOut;
    List<Row> rows = spark.read().parquet(out.resolve("articles").toString()).where("id = 'a-02-light'").collectAsList();
    assertThat(rows).hasSize(1);
    String text = rows.get(0).getAs("text");
    assertThat(text).isNotBlank();
    assertThat((String) rows.get(0).getAs("story")).startsWith("s");
    Row story = spark.read().parquet(out.resolve("stories").toString())
        .where("story = '" + rows.get(0).getAs("story") + "'").first();
    assertThat(story.<Integer>getAs("size")).isGreaterThanOrEqualTo(5);
  }

  @Test
  void run_siteOfBoilerplatePages_givesTheEnginesStories(@TempDir Path dir) throws Exception {
    // the skew case at test size: one site whose pages are nothing but its navigation, footer, notices;
    // the engine keeps such a page's text (better noisy than empty), so they are near-copies of each
    // other; their words are in more pages than the cap (200), so no feature bucket holds them, and band
    // buckets link only pages of like line sets
    List<String> lines = List.of("Home | News | Sport | Weather | Contact", "Subscribe to our newsletter today",
        "We use cookies to improve your experience", "Follow us on social media", "Copyright Example Gazette",
        "Terms of use | Privacy policy | Advertise", "Most read this week", "Sign in to your account");
    java.util.Random random = new java.util.Random(5);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    StringBuilder pages = new StringBuilder();
    int n = 300;
    for (int i = 0; i < n; i++) {
      List<String> body = new java.util.ArrayList<>(lines);
      java.util.Collections.shuffle(body, random);
      pages.append(json.writeValueAsString(Map.of("id", "gazette-" + i, "title", "Example Gazette",
          "text", String.join("\n", body.subList(0, 4 + random.nextInt(5))), "source", "gazette.example")))
          .append('\n');
    }
    Path input = dir.resolve("gazette.jsonl");
    Files.writeString(input, pages);
    Path out = dir.resolve("out");

    StoryfoldJob.run(spark, JobOptions.parse("--no-embeddings", "--output", out.toString(), input.toString()));

    Map<String, String> job = Sessions.assignment(spark, out);
    Storyfold engine = Engines.get(false);
    Map<String, String> expected = byArticle(engine.fold(List.of(input.toString()), System.in).stories());
    assertThat(job.keySet()).isEqualTo(expected.keySet()).hasSize(n);
    assertThat(Sessions.agreement(job, expected).b3F1()).isGreaterThanOrEqualTo(0.99);
  }

  private static Map<String, String> byArticle(List<Story> stories) {
    Map<String, String> out = new HashMap<>();
    for (Story s : stories) {
      s.articles().forEach(a -> out.put(a.id(), s.id()));
    }
    return out;
  }

  private static String page(Article a) {
    StringBuilder b = new StringBuilder("<!doctype html><html><head><title>").append(escape(a.title()))
        .append("</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(escape(a.title()))
        .append("</h1>");
    for (String p : a.text().split("\n+")) {
      b.append("<p>").append(escape(p)).append("</p>");
    }
    return b.append("</article><footer>Daily Example</footer></body></html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
