package org.storyfold.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.storyfold.StoryJson;
import org.storyfold.StoryfoldConfig;
import org.storyfold.story.Article;

/**
 * Open-loop load on loopback: articles are sent at a fixed rate whatever the replies do (a
 * closed loop would wait and hide the queueing), and each latency is measured from the moment the
 * request was due, not sent (no coordinated omission). Reports p50/p99/p99.9 of ingest-to-story.
 *
 * <p>{@code LoadGenerator SET PRELOAD RATE SECONDS}: PRELOAD articles of the set stored first, then RATE
 * articles/s for SECONDS. Run with the test classpath; {@code -Dstoryfold.lexical=true} for the
 * engine without embeddings.
 */
final class LoadGenerator {
  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    List<Article> articles = StreamingEval.load(org.storyfold.TestData.eval(args[0], "docs.jsonl"),
        Integer.MAX_VALUE).articles();
    int preload = Integer.parseInt(args[1]);
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    Path data = Files.createTempDirectory("storyfold-load");
    ServerOptions o = ServerOptions.defaults().withPort(0).withHost("127.0.0.1").withData(data).withToken("load")
        .withEngine(StoryfoldConfig.defaults().withEmbeddings(!Boolean.getBoolean("storyfold.lexical")));
    long t0 = System.nanoTime();
    try (StoryfoldServer server = StoryfoldServer.start(o, new PrintStream(new ByteArrayOutputStream()))) {
      System.out.printf("start-up (empty store): %.1f s%n", (System.nanoTime() - t0) / 1e9);
      HttpClient client = HttpClient.newHttpClient();
      String url = "http://127.0.0.1:" + server.port() + "/api/articles";
      for (int i = 0; i < preload; i++) {
        send(client, url, articles.get(i % articles.size()), "p" + i).join();
      }
      Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
      ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
      long start = System.nanoTime();
      long interval = 1_000_000_000L / rate;
      int total = rate * seconds;
      for (int i = 0; i < total; i++) {
        long due = start + i * interval;
        while (System.nanoTime() < due) {
          Thread.onSpinWait();
        }
        Article a = articles.get((preload + i) % articles.size());
        pending.add(send(client, url, a, "l" + i).thenRun(() -> latency.recordValue((System.nanoTime() - due) / 1000)));
      }
      pending.forEach(CompletableFuture::join);
      System.out.printf("%s: %d stored first, %d articles/s for %d s: p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms%n",
          args[0], preload, rate, seconds, latency.getValueAtPercentile(50) / 1000.0,
          latency.getValueAtPercentile(99) / 1000.0, latency.getValueAtPercentile(99.9) / 1000.0);
    }
  }

  private static CompletableFuture<HttpResponse<String>> send(HttpClient client, String url, Article a, String id) {
    String body = StoryJson.article(new Article(id, a.url(), a.source(), a.title(), a.text(), a.published(), null),
        true).toString();
    HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer load")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return client.sendAsync(r, HttpResponse.BodyHandlers.ofString());
  }
}
