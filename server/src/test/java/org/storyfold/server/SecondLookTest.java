package org.storyfold.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.StoryJson;
import org.storyfold.StoryfoldConfig;
import org.storyfold.story.Article;

/**
 * The second look on a real server: ECB+ topic 2 (two incidents of one kind, 21 long articles), posted
 * one by one in file order. Grouped one at a time, an incident ends up split (a join is final, staying
 * apart too); the look (the batch's grouping of the touched stories and their topic) moves articles
 * until each incident is one story, old story ids still lead somewhere, and a restart keeps it all.
 */
class SecondLookTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path data;

  @Test
  void secondLook_separatesTwoIncidentsOfOneKind_andSurvivesARestart() throws Exception {
    StreamingEval.Labelled all = StreamingEval.load(org.storyfold.TestData.eval("ecbplus", "docs.jsonl"),
        Integer.MAX_VALUE);
    Map<String, String> gold = new HashMap<>();
    StringBuilder posts = new StringBuilder();
    for (int i = 0; i < all.articles().size(); i++) {
      Article a = all.articles().get(i);
      if (a.id().startsWith("2_")) {
        gold.put(a.id(), all.gold().get(i));
      }
    }
    assertThat(new HashSet<>(gold.values())).hasSize(2);
    ServerOptions o = ServerOptions.defaults().withPort(0).withHost("127.0.0.1").withData(data).withToken("t")
        .withEngine(StoryfoldConfig.defaults().withEmbeddings(false));
    System.setProperty("storyfold.secondLookMillis", "0"); // this test takes the look itself
    Map<String, String> after;
    try (StoryfoldServer server = StoryfoldServer.start(o, new PrintStream(new ByteArrayOutputStream()))) {
      Http http = new Http(server.port(), "t");
      for (Article a : all.articles()) {
        if (gold.containsKey(a.id())) {
          assertThat(http.post(StoryJson.article(a, true).toString(), "application/json").statusCode()).isEqualTo(200);
        }
      }
      Map<String, String> before = storiesOf(http, gold.keySet());
      assertThat(new HashSet<>(before.values()).size() > 2 || mixed(before, gold))
          .as("one at a time, an incident is split or shares a story with the other").isTrue();
      assertThat(server.secondLook()).isPositive();
      after = storiesOf(http, gold.keySet());
      assertThat(mixed(after, gold)).isFalse();
      assertThat(new HashSet<>(after.values())).hasSize(2); // and each incident is one story
      for (String story : before.values()) { // every story id still leads to one of the two
        HttpResponse r = new HttpResponse(http.get("/api/stories/" + story));
        assertThat(r.status()).isIn(200, 301);
      }
    } finally {
      System.clearProperty("storyfold.secondLookMillis");
    }
    try (StoryfoldServer again = StoryfoldServer.start(o, new PrintStream(new ByteArrayOutputStream()))) {
      Http http = new Http(again.port(), "t");
      assertThat(storiesOf(http, gold.keySet())).isEqualTo(after);
      for (String story : Set.copyOf(after.values())) {
        JsonNode st = JSON.readTree(http.get("/api/stories/" + story).body());
        List<String> ids = new java.util.ArrayList<>();
        st.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> story.equals(after.get(id)));
      }
    }
  }

  private record HttpResponse(int status) {
    HttpResponse(java.net.http.HttpResponse<String> r) {
      this(r.statusCode());
    }
  }

  private static Map<String, String> storiesOf(Http http, Set<String> ids) throws Exception {
    Map<String, String> out = new HashMap<>();
    for (String id : ids) {
      out.put(id, JSON.readTree(http.get("/api/articles/" + id).body()).get("story").asText());
    }
    return out;
  }

  /** Whether some story holds articles of both incidents. */
  private static boolean mixed(Map<String, String> storyOf, Map<String, String> gold) {
    Map<String, Set<String>> events = new HashMap<>();
    storyOf.forEach((id, story) -> events.computeIfAbsent(story, k -> new HashSet<>()).add(gold.get(id)));
    return events.values().stream().anyMatch(e -> e.size() > 1);
  }
}
