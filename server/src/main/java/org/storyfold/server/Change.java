package org.storyfold.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.storyfold.story.Article;

/**
 * One logged change: an article placed in a story, after merging the stories it bridged. The log
 * holds decisions, not inputs, so a replay restores exactly the stories that were acknowledged.
 *
 * @param seq      arrival sequence number
 * @param article  the article as stored
 * @param story    the story it joined (or started)
 * @param merge    stories merged into {@code story} first
 * @param headline the story's headline after the change
 * @param time     publication time (arrival time when unknown), millis
 * @param now      wall-clock time of arrival, millis
 */
record Change(long seq, Article article, String story, List<String> merge, String headline, long time,
              long now) {
  private static final ObjectMapper JSON = new ObjectMapper();

  byte[] bytes() {
    ObjectNode o = JSON.createObjectNode();
    o.put("seq", seq).put("story", story).put("headline", headline).put("time", time).put("now", now);
    merge.forEach(o.putArray("merge")::add);
    ObjectNode a = o.putObject("article");
    a.put("id", article.id()).put("title", article.title()).put("text", article.text()).put("url", article.url())
        .put("source", article.source()).put("language", article.language())
        .put("published", article.published() == null ? null : article.published().toString());
    try {
      return JSON.writeValueAsBytes(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Change of(byte[] bytes) throws IOException {
    JsonNode o = JSON.readTree(bytes);
    JsonNode a = o.get("article");
    List<String> merge = new ArrayList<>();
    if (o.has("merge")) {
      o.get("merge").forEach(n -> merge.add(n.asText()));
    }
    Article article = new Article(a.get("id").asText(), text(a, "url"), text(a, "source"), text(a, "title"),
        a.get("text").asText(), text(a, "published") == null ? null : OffsetDateTime.parse(text(a, "published")),
        text(a, "language"));
    return new Change(o.get("seq").asLong(), article, o.get("story").asText(), merge, text(o, "headline"),
        o.get("time").asLong(), o.get("now").asLong());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
