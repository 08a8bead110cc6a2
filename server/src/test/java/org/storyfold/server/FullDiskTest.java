package org.storyfold.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot take more (every file capped at 1 MiB in the child JVM, as a tiny data folder
 * would): writes fail with 507, reads go on, and after a kill -9 and a restart with room every
 * acknowledged article is back.
 */
class FullDiskTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path data;

  @Test
  void post_storeFull_answers507KeepsReadsAndLosesNothingAcknowledged() throws Exception {
    CrashTest.Child child = CrashTest.Child.start(data, 1024);
    Http http = new Http(child.port(), "crash-token");
    Map<String, String> acknowledged = new LinkedHashMap<>();
    int full = 0;
    for (int i = 0; i < 80 && full == 0; i++) {
      HttpResponse<String> r = http.post(big("d" + i, i), "application/json");
      if (r.statusCode() == 200) {
        JsonNode a = JSON.readTree(r.body()).get("accepted").get(0);
        acknowledged.put(a.get("id").asText(), a.get("story").asText());
      } else {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(507);
        assertThat(r.body()).doesNotContain("Exception:").doesNotContain("\tat ");
        full++;
      }
    }
    assertThat(full).as("a write refused once the store was full").isEqualTo(1);
    assertThat(acknowledged).isNotEmpty();
    for (String id : acknowledged.keySet()) {
      assertThat(http.get("/api/articles/" + id).statusCode()).as("read of %s on a full store", id).isEqualTo(200);
    }
    child.process().destroyForcibly();
    child.process().waitFor(30, TimeUnit.SECONDS);
    CrashTest.Child roomy = CrashTest.Child.start(data);
    Http again = new Http(roomy.port(), "crash-token");
    for (String id : acknowledged.keySet()) {
      HttpResponse<String> r = again.get("/api/articles/" + id);
      assertThat(r.statusCode()).as("article %s after restart", id).isEqualTo(200);
    }
    roomy.process().destroy();
    assertThat(roomy.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  /** An article of about 40 KB: numbered sentences, so that no two are alike. */
  private static String big(String id, int n) {
    StringBuilder text = new StringBuilder();
    for (int s = 0; text.length() < 40_000; s++) {
      text.append("Report ").append(n).append(" line ").append(s).append(" on the harbour works at Port Calder. ");
    }
    return JSON.createObjectNode().put("id", id).put("title", "Harbour works report " + n)
        .put("published", "2026-03-02T08:00:00Z").put("text", text.toString()).toString();
  }
}
