package org.storyfold.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyfold.reuse.Relation;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/** Draws a story's derivation tree: each article under the one it derives from, with kind and share. */
final class DerivationTree {
  private DerivationTree() {}

  static void print(Story story, ReuseReport report, PrintStream out) {
    Map<String, Article> byId = new LinkedHashMap<>();
    story.articles().forEach(a -> byId.put(a.id(), a));
    Map<String, List<String>> children = new LinkedHashMap<>();
    List<String> roots = new ArrayList<>();
    for (Article a : story.articles()) {
      Relation r = report.relations().get(a.id());
      if (r == null || r.of() == null || !byId.containsKey(r.of())) {
        roots.add(a.id());
      } else {
        children.computeIfAbsent(r.of(), k -> new ArrayList<>()).add(a.id());
      }
    }
    Set<String> drawn = new HashSet<>();
    for (String root : roots) {
      draw(root, "    ", "", byId, children, report, drawn, out);
    }
    // Articles caught in a cycle of relations still get their line.
    for (Article a : story.articles()) {
      if (!drawn.contains(a.id())) {
        draw(a.id(), "    ", "", byId, children, report, drawn, out);
      }
    }
  }

  private static void draw(String id, String indent, String branch, Map<String, Article> byId,
                           Map<String, List<String>> children, ReuseReport report, Set<String> drawn, PrintStream out) {
    if (!drawn.add(id)) {
      return;
    }
    Article a = byId.get(id);
    Relation r = report.relations().get(id);
    String kind = r == null ? "" : r.kind() + (r.of() == null ? "" : String.format(Locale.ROOT, " %.0f%%", 100 * r.shared()));
    Double originality = report.originality().get(id);
    String label = indent + branch + Report.printable(id);
    out.printf(Locale.ROOT, "%-34s %-18s %-9s %-24s %s%n", label, kind,
        originality == null ? "" : String.format(Locale.ROOT, "orig %.2f", originality),
        a.source() == null ? "" : Report.printable(a.source()),
        a.title().isEmpty() ? "(no title)" : Report.printable(a.title()));
    List<String> kids = children.getOrDefault(id, List.of());
    String childIndent = indent + (branch.isEmpty() ? "" : "   ");
    for (String kid : kids) {
      draw(kid, childIndent, "└─ ", byId, children, report, drawn, out);
    }
  }
}
