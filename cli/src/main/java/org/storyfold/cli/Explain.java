package org.storyfold.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.storyfold.extract.Cleaning;
import org.storyfold.story.Article;

/**
 * The --explain listing: per article, each removed line and the reason. In text it is printed before the
 * report; in JSON it travels inside each article as {@code "removed"}, so the output stays one document.
 */
final class Explain {
  private Explain() {}

  static void print(Cleaning cleaned, PrintStream out) {
    for (Article a : cleaned.articles()) {
      List<Cleaning.Removal> removed = cleaned.removed().get(a.id());
      if (removed == null || removed.isEmpty()) {
        continue;
      }
      out.printf("%s: %d line%s removed%n", Report.printable(a.id()), removed.size(), removed.size() == 1 ? "" : "s");
      for (Cleaning.Removal r : removed) {
        String line = r.line().length() > 70 ? r.line().substring(0, 67) + "..." : r.line();
        out.printf("  - %-72s  %s%n", '"' + Report.printable(line) + '"', r.reason());
      }
    }
    out.println();
  }

  /** Adds {@code "removed":[{"line","reason"}]} to one article's JSON object. */
  static void into(ObjectNode article, String id, Cleaning cleaned) {
    ArrayNode arr = article.putArray("removed");
    for (Cleaning.Removal r : cleaned.removed().getOrDefault(id, List.of())) {
      arr.addObject().put("line", r.line()).put("reason", r.reason());
    }
  }

  /** Adds the removed lines to every article of a story's JSON. */
  static void into(ObjectNode story, Cleaning cleaned) {
    for (JsonNode a : story.withArray("articles")) {
      into((ObjectNode) a, a.get("id").asText(), cleaned);
    }
  }
}
