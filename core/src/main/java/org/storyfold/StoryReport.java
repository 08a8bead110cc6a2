package org.storyfold;

import java.util.Objects;
import org.storyfold.facts.StoryFacts;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Story;

/**
 * Everything the engine says about one story: its articles, who copied whom, and what it says.
 *
 * @param story the story
 * @param reuse links between its articles with aligned passages, each article's relation and originality
 * @param facts facts agreed, added and disputed; entities; summary
 */
public record StoryReport(Story story, ReuseReport reuse, StoryFacts facts) {
  public StoryReport {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(reuse, "reuse");
    Objects.requireNonNull(facts, "facts");
  }
}
