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
 * <p>{@code LoadGenerator SET PRELOAD RATES SECONDS}: PRELOAD articles stored first (the set's texts,
 * varied past its end: see {@link #variant}), then for each of RATES (comma-separated) that many
 * articles/s for SECONDS; then the heap after GC, and the time to start again on the same folder.
 * {@code -Dstoryfold.heapEverySeconds=60} also prints the heap after GC every minute of the run. Run with the test classpath; {@code -Dstoryfold.lexical=true} for the
 * engine without embeddings.
 */
final class LoadGenerator {
  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    List<Article> articles = StreamingEval.load(org.storyfold.TestData.eval(args[0], "docs.jsonl"),
        Integer.MAX_VALUE).articles();
    int preload = Integer.parseInt(args[1]);
    int[] rates = java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
    int seconds = Integer.parseInt(args[3]);
    int sent = 0;
    // -Dstoryfold.loadData=DIR keeps the store: a second run on the same folder skips the preload.
    String keep = System.getProperty("storyfold.loadData");
    Path data = keep == null ? Files.createTempDirectory("storyfold-load") : Path.of(keep);
    boolean preloaded = keep != null && Files.isDirectory(data.resolve("index"));
    ServerOptions o = ServerOptions.defaults().withPort(0).withHost("127.0.0.1").withData(data).withToken("load")
        .withEngine(StoryfoldConfig.defaults().withEmbeddings(!Boolean.getBoolean("storyfold.lexical")));
    long t0 = System.nanoTime();
    java.util.Random random = new java.util.Random(7);
    try (StoryfoldServer server = StoryfoldServer.start(o, new PrintStream(new ByteArrayOutputStream()))) {
      System.out.printf("start-up (%s): %.1f s%n", preloaded ? "the kept store" : "empty store",
          (System.nanoTime() - t0) / 1e9);
      HttpClient client = HttpClient.newHttpClient();
      String url = "http://127.0.0.1:" + server.port() + "/api/articles";
      long p0 = System.nanoTime();
      for (int i = preloaded ? preload : 0; i < preload; i += 500) {
        StringBuilder lines = new StringBuilder();
        for (int k = i; k < Math.min(preload, i + 500); k++) {
          lines.append(StoryJson.article(variant(articles, k, random, "p" + k), true).toString()).append('\n');
        }
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer load")
            .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(lines.toString()))
            .build();
        client.send(r, HttpResponse.BodyHandlers.ofString());
      }
      if (preloaded) { // the stream goes on past what the kept store holds: new ids, new texts
        String health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
            .build(), HttpResponse.BodyHandlers.ofString()).body();
        sent = new com.fasterxml.jackson.databind.ObjectMapper().readTree(health).get("articles").asInt() - preload;
      }
      System.gc();
      Runtime rt = Runtime.getRuntime();
      System.out.printf("preloaded %d in %.1f s; heap after GC %.1f MB%n", preload, (System.nanoTime() - p0) / 1e9,
          (rt.totalMemory() - rt.freeMemory()) / 1e6);
      int every = Integer.getInteger("storyfold.heapEverySeconds", 0);
      java.util.concurrent.ScheduledExecutorService heapLog = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
      if (every > 0) { // heap after GC through the run: flat if nothing leaks
        long h0 = System.nanoTime();
        heapLog.scheduleAtFixedRate(() -> {
          System.gc();
          System.out.printf("heap after GC at %.0f s: %.1f MB%n", (System.nanoTime() - h0) / 1e9,
              (rt.totalMemory() - rt.freeMemory()) / 1e6);
        }, every, every, java.util.concurrent.TimeUnit.SECONDS);
      }
      int warmup = Integer.getInteger("storyfold.warmupSeconds", preloaded ? 10 : 0);
      if (warmup > 0) { // a restarted store: compile the hot paths, weigh the stories' sums, before measuring
        openLoop(client, url, articles, preload + sent, 100, warmup, random);
        sent += 100 * warmup;
      }
      for (int rate : rates) {
        Histogram latency = openLoop(client, url, articles, preload + sent, rate, seconds, random);
        System.out.printf("%s: %d stored first, %d articles/s for %d s: p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms%n",
            args[0], preload + sent, rate, seconds, latency.getValueAtPercentile(50) / 1000.0,
            latency.getValueAtPercentile(99) / 1000.0, latency.getValueAtPercentile(99.9) / 1000.0);
        sent += rate * seconds;
      }
      heapLog.shutdownNow();
      System.gc();
      long heap = rt.totalMemory() - rt.freeMemory();
      System.out.printf("heap after GC %.1f MB: %.0f bytes per stored article (with the engine's models)%n", heap / 1e6,
          heap / (double) (preload + sent));
    }
    long r0 = System.nanoTime();
    try (StoryfoldServer again = StoryfoldServer.start(o, new PrintStream(new ByteArrayOutputStream()))) {
      System.out.printf("restart with %d stored: %.1f s%n", preload + sent, (System.nanoTime() - r0) / 1e9);
    }
  }

  /** Sends {@code rate} articles a second for {@code seconds}, each timed from when it was due. */
  private static Histogram openLoop(HttpClient client, String url, List<Article> articles, int from, int rate,
                                    int seconds, java.util.Random random) {
    Histogram latency = new ConcurrentHistogram(3_600_000_000L, 3);
    ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
    // At most this many in flight (each holds a connection, two descriptors in this one process): past
    // it the sender waits, and those articles count from when they were due, so queueing still shows.
    java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(2000);
    long start = System.nanoTime();
    long interval = 1_000_000_000L / rate;
    for (int i = 0; i < rate * seconds; i++) {
      long due = start + i * interval;
      // Sleep, not spin: a spinning sender takes one of the machine's two cores from the server. A late
      // wake-up costs nothing in the figures, which count from when each article was due.
      for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
        java.util.concurrent.locks.LockSupport.parkNanos(left);
      }
      Article a = variant(articles, from + i, random, "l" + (from + i));
      inFlight.acquireUninterruptibly();
      pending.add(send(client, url, a, a.id()).whenComplete((r, e) -> inFlight.release())
          .thenRun(() -> latency.recordValue((System.nanoTime() - due) / 1000)));
    }
    pending.forEach(CompletableFuture::join);
    return latency;
  }

  /**
   * The k-th article of an endless stream built from a public set: its text with the sentences of
   * each later pass shuffled (seeded) and its date moved by four weeks a pass, so that repeats are new
   * articles of new stories, as a long-running feed would bring, not copies of stored ones.
   */
  static Article variant(List<Article> set, int k, java.util.Random random, String id) {
    Article a = set.get(k % set.size());
    int pass = k / set.size();
    if (pass == 0) {
      return new Article(id, a.url(), a.source(), a.title(), a.text(), a.published(), null);
    }
    List<String> sentences = new java.util.ArrayList<>(List.of(a.text().split("(?<=[.!?])\\s+")));
    java.util.Collections.shuffle(sentences, random);
    return new Article(id, a.url(), a.source(), a.title(), String.join(" ", sentences),
        a.published() == null ? null : a.published().plusWeeks(4L * pass), null);
  }

  private static CompletableFuture<HttpResponse<String>> send(HttpClient client, String url, Article a, String id) {
    String body = StoryJson.article(new Article(id, a.url(), a.source(), a.title(), a.text(), a.published(), null),
        true).toString();
    HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer load")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return client.sendAsync(r, HttpResponse.BodyHandlers.ofString());
  }
}
