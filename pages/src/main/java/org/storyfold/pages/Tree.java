package org.storyfold.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.StoryReport;
import org.storyfold.reuse.Relation;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * The derivation tree laid out for an SVG drawn on the server: one row per article, each under the
 * article it derives from, indented by depth (an outline reads at any width and grows by rows, not
 * by crossing lines). A node's childless children of one kind beyond {@link #SHOWN} are folded into one
 * "N more copies" row, so a wire story copied 400 times stays a picture and not a wall.
 */
final class Tree {
  static final int ROW = 26;
  static final int INDENT = 22;
  /** Childless children of one kind shown under a node before the rest are folded. */
  static final int SHOWN = 3;
  private static final int CHAR = 7;
  /** The kind of an article that came after the story was described (the server shows it meanwhile). */
  static final String NEW = "new";

  /** One row: a circle at (x, y), its label, its kind (a CSS class), a link or null for a fold. */
  record Node(int x, int y, String label, String kind, String href) {}

  /** The drawing: nodes, connector paths, its size, and a one-sentence description for screen readers. */
  record Drawing(int width, int height, List<Node> nodes, List<String> edges, String description) {}

  private Tree() {}

  static Drawing layout(Story story, StoryReport report, Site site) {
    Map<String, Article> byId = Views.byId(story);
    Map<String, List<String>> children = new LinkedHashMap<>();
    List<String> roots = new ArrayList<>();
    for (Article a : story.articles()) {
      Relation r = report.reuse().relations().get(a.id());
      if (r == null || r.of() == null || !byId.containsKey(r.of()) || r.of().equals(a.id())) {
        roots.add(a.id());
      } else {
        children.computeIfAbsent(r.of(), k -> new ArrayList<>()).add(a.id());
      }
    }
    Builder b = new Builder(byId, children, report, site);
    b.level(roots, 0, -1);
    // Articles caught in a cycle of relations still get their row.
    for (Article a : story.articles()) {
      if (!b.drawn.contains(a.id())) {
        b.level(List.of(a.id()), 0, -1);
      }
    }
    int width = b.nodes.stream().mapToInt(n -> n.x() + 16 + CHAR * n.label().length()).max().orElse(100) + 8;
    String description = Views.plural(story.articles().size(), "article") + ", "
        + Views.plural(roots.size(), "independent report") + "; each article is drawn under the article it was"
        + " copied, rewritten or translated from.";
    return new Drawing(width, b.nodes.size() * ROW + 6, b.nodes, b.edges, description);
  }

  private static final class Builder {
    final Map<String, Article> byId;
    final Map<String, List<String>> children;
    final StoryReport report;
    final Site site;
    final java.util.Set<String> drawn = new java.util.HashSet<>();
    final List<Node> nodes = new ArrayList<>();
    final List<String> edges = new ArrayList<>();

    Builder(Map<String, Article> byId, Map<String, List<String>> children, StoryReport report, Site site) {
      this.byId = byId;
      this.children = children;
      this.report = report;
      this.site = site;
    }

    /** Draws siblings at one depth; {@code parentY} is the parent's row centre, or -1 for roots. */
    void level(List<String> ids, int depth, int parentY) {
      Map<String, Integer> leavesByKind = new LinkedHashMap<>();
      Map<String, Integer> foldedByKind = new LinkedHashMap<>();
      List<String> order = new ArrayList<>();
      for (String id : ids) {
        String kind = kind(id);
        if (children.containsKey(id)) {
          order.add(id);
        } else if (leavesByKind.merge(kind, 1, Integer::sum) <= SHOWN) {
          order.add(id);
        } else {
          foldedByKind.merge(kind, 1, Integer::sum);
          drawn.add(id);
        }
      }
      for (String id : order) {
        if (!drawn.add(id)) {
          continue;
        }
        int y = row(depth, label(id), kind(id), site.article(id), parentY);
        level(children.getOrDefault(id, List.of()), depth + 1, y);
      }
      foldedByKind.forEach((kind, n) -> row(depth, "… " + n + " more " + (n == 1 ? kind : plural(kind)),
          kind, null, parentY));
    }

    private static String plural(String kind) {
      return switch (kind) {
        case "copy" -> "copies";
        case "near-copy" -> "near-copies";
        case "partial" -> "partial copies";
        case "independent" -> "independent reports";
        case NEW -> "new articles";
        default -> kind + "s";
      };
    }

    private int row(int depth, String label, String kind, String href, int parentY) {
      int x = 8 + depth * INDENT;
      int y = 14 + nodes.size() * ROW;
      nodes.add(new Node(x, y, label, kind, href));
      if (parentY >= 0) {
        int px = x - INDENT;
        edges.add("M" + px + " " + (parentY + 5) + "V" + y + "H" + (x - 5));
      }
      return y;
    }

    private String kind(String id) {
      Relation r = report.reuse().relations().get(id);
      return r == null ? NEW : r.kind().toString();
    }

    private String label(String id) {
      Relation r = report.reuse().relations().get(id);
      String kind = r == null ? "new, not compared yet" : r.kind().toString();
      String share = r != null && r.of() != null ? " " + Views.percent(r.shared()) : "";
      return Views.outlet(byId.get(id)) + " · " + kind + share;
    }
  }
}
