package org.storyfold.facts;

import org.storyfold.reuse.ReuseReport;

/** Prints a story's facts to the test log, so a run shows what the package makes of a story. */
final class Print {
  private Print() {}

  static void story(String label, StoryFacts facts, ReuseReport reuse) {
    StringBuilder b = new StringBuilder("=== ").append(label).append('\n');
    if (reuse != null) {
      b.append("relations: ").append(reuse.relations()).append('\n');
    }
    b.append("facts (").append(facts.facts().size()).append("):\n");
    facts.facts().stream().limit(40).forEach(f -> {
      b.append(String.format("  [%s] %s | %s | sources=%s independent=%d%n", f.kind(), f.value(),
          shorten(f.text()), f.sources(), f.independentSources()));
      f.conflicts().forEach(c -> b.append(String.format("      disputed by %s %s%n", c.value(), c.sources())));
    });
    b.append("disputed: ");
    facts.disputed().forEach(f -> b.append(f.value()).append(f.sources()).append(" vs ")
        .append(f.conflicts().stream().map(c -> c.value() + c.sources()).toList()).append("; "));
    b.append("\nentities (").append(facts.entities().size()).append("):\n");
    facts.entities().stream().limit(20).forEach(e -> b.append(String.format("  %s (%s) %s %s%n", e.name(), e.type(),
        e.variants(), e.sources())));
    b.append("summary:\n");
    facts.summary().forEach(s -> b.append("  - ").append(s).append('\n'));
    System.out.println(b);
  }

  private static String shorten(String s) {
    return s.length() > 110 ? s.substring(0, 107) + "..." : s;
  }
}
