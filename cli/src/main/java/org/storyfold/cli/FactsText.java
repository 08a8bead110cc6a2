package org.storyfold.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.storyfold.StoryReport;
import org.storyfold.facts.Conflict;
import org.storyfold.facts.Fact;
import org.storyfold.story.Article;

/** The text report's account of what a story says: summary, agreed, only-in-one and disputed facts. */
final class FactsText {
  private static final int MAX_LINES = 6;

  private FactsText() {}

  static void print(StoryReport report, PrintStream out) {
    Map<String, String> sources = report.story().articles().stream()
        .collect(Collectors.toMap(Article::id, Report::source, (a, b) -> a));
    List<String> summary = report.facts().summary();
    if (!summary.isEmpty()) {
      out.println("  Summary:");
      summary.forEach(s -> out.println("    " + s));
    }
    // One sentence can carry several facts (a figure, a quote, a statement): it is printed once.
    java.util.Set<String> said = new java.util.HashSet<>();
    List<Fact> agreed = report.facts().agreed().stream().filter(f -> said.add(f.text())).limit(MAX_LINES).toList();
    for (Fact f : agreed) {
      out.printf("  agreed by %d independent source%s: %s%n", f.independentSources(),
          f.independentSources() == 1 ? "" : "s", f.text());
    }
    List<Fact> single = report.facts().onlyInOne().stream().filter(f -> said.add(f.text())).limit(MAX_LINES)
        .toList();
    for (Fact f : single) {
      out.printf("  only in %s: %s%n", names(f.sources(), sources), f.text());
    }
    java.util.Set<String> shown = new java.util.HashSet<>();
    for (Fact f : report.facts().disputed()) {
      if (!shown.add(f.text())) {
        continue; // the other side of a dispute already printed
      }
      f.conflicts().forEach(c -> shown.add(c.text()));
      out.printf("  disputed %s: %s (%s)%n", f.about() == null ? "" : f.about(),
          side(f.value(), f.sources().size(), f.independentSources()), names(f.sources(), sources));
      out.printf("        %s%n", f.text());
      for (Conflict c : f.conflicts()) {
        out.printf("    vs: %s (%s)%n", side(c.value(), c.sources().size(), c.independentSources()),
            names(c.sources(), sources));
        out.printf("        %s%n", c.text());
      }
    }
  }

  /** "240 worker (6 sources, 1 independent)", "~300 worker (1 source)". */
  private static String side(String value, int sources, int independent) {
    return value + " (" + sources + (sources == 1 ? " source" : " sources")
        + (sources > 1 ? ", " + independent + " independent" : "") + ")";
  }

  private static String names(List<String> ids, Map<String, String> sources) {
    return ids.stream().map(id -> Report.printable(sources.getOrDefault(id, id))).distinct()
        .collect(Collectors.joining(", "));
  }
}
