package org.storyfold.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at a random (seeded) moment while clients post: after a restart every acknowledged article
 * is there, in exactly one story, and Lucene's CheckIndex passes.
 */
class CrashTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "crash-token";
  /** Three rounds in CI; {@code -Dstoryfold.crashRounds=10} for the issue's ten, by hand. */
  private static final int ROUNDS = Integer.getInteger("storyfold.crashRounds", 3);

  @TempDir
  Path data;

  @Test
  void killDashNine_atRandomMoments_everyAcknowledgedArticleSurvivesInOneStory() throws Exception {
    Random random = new Random(20260326);
    Map<String, String> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    for (int round = 0; round < ROUNDS; round++) {
      Child child = Child.start(data);
      Http http = new Http(child.port, TOKEN);
      checkAll(http, acknowledged);
      // Warm up (the first grouping loads the engine's models), so the kill lands amid steady posting.
      String warm = "warm" + round;
      HttpResponse<String> first = http.post(StoryfoldServerTest.budget(warm), "application/json");
      assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
      acknowledged.put(warm, JSON.readTree(first.body()).get("accepted").get(0).get("story").asText());
      AtomicBoolean stop = new AtomicBoolean();
      List<Thread> posters = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        Thread poster = new Thread(() -> post(http, next, random.nextInt(1000), acknowledged, stop));
        poster.start();
        posters.add(poster);
      }
      Thread.sleep(300 + random.nextInt(2500));
      child.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no final commit
      child.process.waitFor(30, TimeUnit.SECONDS);
      stop.set(true);
      for (Thread p : posters) {
        p.join();
      }
    }
    assertThat(acknowledged).isNotEmpty();
    Child last = Child.start(data);
    checkAll(new Http(last.port, TOKEN), acknowledged);
    last.process.destroy(); // SIGTERM: a clean close and commit
    assertThat(last.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    try (Directory dir = FSDirectory.open(data.resolve("index")); CheckIndex check = new CheckIndex(dir)) {
      assertThat(check.checkIndex().clean).isTrue();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(reader);
        for (String id : acknowledged.keySet()) {
          assertThat(s.count(new TermQuery(new Term("id", id)))).as("copies of %s", id).isEqualTo(1);
        }
      }
    }
  }

  private static void post(Http http, AtomicInteger next, int salt, Map<String, String> acknowledged,
                           AtomicBoolean stop) {
    while (!stop.get()) {
      StringBuilder body = new StringBuilder();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        int n = next.incrementAndGet();
        String id = "c" + n;
        ids.add(id);
        body.append(n % 2 == 0 ? StoryfoldServerTest.fire(id, "Update " + (n + salt) + ".")
            : StoryfoldServerTest.budget(id)).append('\n');
      }
      try {
        HttpResponse<String> r = http.post(body.toString(), "application/x-ndjson");
        if (r.statusCode() == 200) {
          for (JsonNode a : JSON.readTree(r.body()).get("accepted")) {
            acknowledged.put(a.get("id").asText(), a.get("story").asText());
          }
        }
      } catch (Exception killed) {
        return; // the server died under us: these were never acknowledged
      }
    }
  }

  /** Every acknowledged article answers, with a story that exists (merges followed). */
  private static void checkAll(Http http, Map<String, String> acknowledged) throws Exception {
    Map<String, Integer> status = new HashMap<>();
    for (String id : acknowledged.keySet()) {
      HttpResponse<String> r = http.get("/api/articles/" + id);
      status.merge(id, r.statusCode(), (a, b) -> b);
      assertThat(r.statusCode()).as("article %s after restart", id).isEqualTo(200);
      assertThat(JSON.readTree(r.body()).get("story").asText()).isNotBlank();
    }
    JsonNode health = JSON.readTree(http.get("/health").body());
    assertThat(health.get("articles").asInt()).isGreaterThanOrEqualTo(acknowledged.size());
  }

  /** The server in a child JVM, started with its own main. */
  record Child(Process process, int port) {
    static Child start(Path data) throws Exception {
      return start(data, 0);
    }

    /**
     * @param fileLimitKiB the largest file the child may write ({@code ulimit -f}, in KiB; 0: no limit):
     *                     a write past it fails as on a full disk (the JVM ignores SIGXFSZ, so the
     *                     write returns EFBIG), with no root needed to mount a tiny file system
     */
    static Child start(Path data, int fileLimitKiB) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>();
      if (fileLimitKiB > 0) { // bash runs the rest as "$0" "$@" under the limit
        command.addAll(List.of("bash", "-c", "ulimit -f " + fileLimitKiB + " && exec \"$0\" \"$@\""));
      }
      command.addAll(List.of(java, "-Xmx1g", "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
          StoryfoldServer.class.getName(), "--port", "0", "--host", "127.0.0.1", "--data", data.toString(),
          "--token", TOKEN));
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
      pb.environment().put("OPT_OUT_TRACKING", "true");
      pb.environment().put("DJL_OFFLINE", "true");
      Process p = pb.start();
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("storyfold: serving on port ")) {
          int port = Integer.parseInt(line.substring("storyfold: serving on port ".length()).split(",")[0]);
          Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
          drain.setDaemon(true);
          drain.start();
          return new Child(p, port);
        }
      }
      throw new IllegalStateException("the server did not start: exit " + p.waitFor());
    }
  }
}
