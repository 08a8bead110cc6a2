package org.storyfold.facts;

import java.util.List;

/**
 * What a story says: its facts with their sources, the entities it names and a summary.
 * The views {@link #agreed()}, {@link #onlyInOne()} and {@link #disputed()} are what a text report
 * prints ("agreed by N independent sources", "only in a-06", "disputed: ...").
 *
 * @param facts    figures, quotes and statements, best supported first
 * @param entities named people, organizations and places, most sources first
 * @param summary  at most five sentences from the articles, in reading order
 */
public record StoryFacts(List<Fact> facts, List<Entity> entities, List<String> summary) {
  public StoryFacts {
    facts = List.copyOf(facts);
    entities = List.copyOf(entities);
    summary = List.copyOf(summary);
  }

  /** Facts carried by at least two independent sources. */
  public List<Fact> agreed() {
    return facts.stream().filter(f -> f.independentSources() >= 2).toList();
  }

  /** Facts found in a single article. */
  public List<Fact> onlyInOne() {
    return facts.stream().filter(Fact::single).toList();
  }

  /** Facts that some source contradicts. */
  public List<Fact> disputed() {
    return facts.stream().filter(Fact::disputed).toList();
  }
}
