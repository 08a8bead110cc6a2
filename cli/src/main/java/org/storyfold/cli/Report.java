package org.storyfold.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.storyfold.story.Article;
import org.storyfold.story.Rejection;

/** Shared output helpers: JSON shapes of the records, and the rejection lines on standard error. */
final class Report {
  static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Report() {}

  static ObjectNode article(Article a, boolean withText) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    if (withText) {
      o.put("text", a.text());
    }
    o.put("url", a.url());
    o.put("source", a.source());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("language", a.language());
    return o;
  }

  static ArrayNode rejections(List<Rejection> rejected) {
    ArrayNode arr = JSON.createArrayNode();
    for (Rejection r : rejected) {
      arr.addObject().put("input", r.input()).put("reason", r.reason());
    }
    return arr;
  }

  /** One line per rejection and warning on standard error; returns the exit status they imply. */
  static int complain(List<Rejection> rejected, List<String> warnings, PrintStream err) {
    for (String w : warnings) {
      err.println("storyfold: warning: " + w);
    }
    for (Rejection r : rejected) {
      err.println("storyfold: rejected " + r.input() + ": " + r.reason());
    }
    return rejected.isEmpty() ? 0 : StoryfoldCommand.REJECTED;
  }

  static String source(Article a) {
    return a.source() != null ? a.source() : a.id();
  }
}
