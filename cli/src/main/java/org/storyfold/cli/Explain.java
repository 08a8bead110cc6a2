package org.storyfold.cli;

import java.io.PrintStream;
import java.util.List;
import org.storyfold.extract.Cleaning;
import org.storyfold.story.Article;

/** The --explain listing: per article, each removed line and the reason. */
final class Explain {
  private Explain() {}

  static void print(Cleaning cleaned, PrintStream out) {
    for (Article a : cleaned.articles()) {
      List<Cleaning.Removal> removed = cleaned.removed().get(a.id());
      if (removed == null || removed.isEmpty()) {
        continue;
      }
      out.printf("%s: %d line%s removed%n", a.id(), removed.size(), removed.size() == 1 ? "" : "s");
      for (Cleaning.Removal r : removed) {
        String line = r.line().length() > 70 ? r.line().substring(0, 67) + "..." : r.line();
        out.printf("  - %-72s  %s%n", '"' + line + '"', r.reason());
      }
    }
    out.println();
  }
}
