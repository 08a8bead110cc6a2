package org.storyfold.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One logged second look: articles moved between stories, new stories with their headlines, and the
 * stories emptied by it, each pointing (as a merged story does) to the story most of its articles went
 * to, so that a reader's link still leads somewhere.
 *
 * @param moves     article id to the story it moves to
 * @param created   headline of each story the look created
 * @param emptied   story left without articles to the story that took most of them
 * @param now       wall-clock time of the look, millis
 */
record Regroup(Map<String, String> moves, Map<String, String> created, Map<String, String> emptied, long now) {
  private static final ObjectMapper JSON = new ObjectMapper();

  byte[] bytes() {
    ObjectNode o = JSON.createObjectNode();
    o.put("regroup", true).put("now", now);
    moves.forEach(o.putObject("moves")::put);
    created.forEach(o.putObject("created")::put);
    emptied.forEach(o.putObject("emptied")::put);
    try {
      return JSON.writeValueAsBytes(o);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The look a log record holds, or null when the record is an article's {@link Change}. */
  static Regroup of(byte[] bytes) throws IOException {
    JsonNode o = JSON.readTree(bytes);
    if (!o.path("regroup").asBoolean(false)) {
      return null;
    }
    return new Regroup(map(o.get("moves")), map(o.get("created")), map(o.get("emptied")), o.get("now").asLong());
  }

  private static Map<String, String> map(JsonNode n) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n != null) {
      n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }
}
