package org.storyfold.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.sse.SseClient;
import java.util.concurrent.CopyOnWriteArrayList;

/** Server-sent events to every connected reader: a story created, grown or merged. */
final class Events {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CopyOnWriteArrayList<SseClient> clients = new CopyOnWriteArrayList<>();

  void connect(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.add(client);
    client.sendComment("connected");
  }

  void created(String story, String article) {
    send("created", JSON.createObjectNode().put("story", story).put("article", article));
  }

  void grown(String story, String article, int size) {
    send("grown", JSON.createObjectNode().put("story", story).put("article", article).put("size", size));
  }

  void merged(String from, String into) {
    send("merged", JSON.createObjectNode().put("story", from).put("into", into));
  }

  private void send(String type, ObjectNode data) {
    for (SseClient c : clients) {
      try {
        c.sendEvent(type, data.toString());
      } catch (RuntimeException gone) {
        clients.remove(c);
      }
    }
  }

  void close() {
    clients.forEach(c -> {
      try {
        c.close();
      } catch (RuntimeException ignored) {
        // already gone
      }
    });
  }
}
