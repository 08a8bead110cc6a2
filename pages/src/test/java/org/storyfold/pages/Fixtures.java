package org.storyfold.pages;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.StoryReport;
import org.storyfold.facts.Conflict;
import org.storyfold.facts.Entity;
import org.storyfold.facts.Fact;
import org.storyfold.facts.StoryFacts;
import org.storyfold.reuse.Link;
import org.storyfold.reuse.Passage;
import org.storyfold.reuse.Relation;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/** Small hand-made stories and reports: what the pages show, without running the engine. */
final class Fixtures {
  static final String WIRE_TEXT = "A fire broke out at the plant on Monday. 240 workers were evacuated. "
      + "The mayor told residents to stay inside.";
  static final String COPY_TEXT = "Our reporter adds this line first. A fire broke out at the plant on Monday. "
      + "240 workers were evacuated.";

  private Fixtures() {}

  static Article article(String id, String source, String title, String text, int minute) {
    return new Article(id, "https://" + source + "/" + id, source, title, text,
        OffsetDateTime.parse("2026-03-02T08:00:00Z").plusMinutes(minute), "en");
  }

  /** wire (original), copy (copy of wire, two passages), own (independent, disputes the figure). */
  static Pages.Described fire() {
    Article wire = article("wire", "wire.example", "Fire forces evacuation of 240 workers", WIRE_TEXT, 0);
    Article copy = article("copy", "copy.example", "Fire at plant", COPY_TEXT, 30);
    Article own = article("own", "own.example", "We heard a bang", "About 300 workers left the plant.", 60);
    Story story = new Story("s1", "Fire forces evacuation of 240 workers", List.of(wire, copy, own));
    int a = WIRE_TEXT.indexOf("A fire");
    int b = WIRE_TEXT.indexOf("240");
    int c = COPY_TEXT.indexOf("A fire");
    int d = COPY_TEXT.indexOf("240");
    Link link = new Link("wire", "copy", Relation.Kind.COPY, 0.67, List.of(
        new Passage(Passage.Kind.VERBATIM, new int[] {a, b - 1}, new int[] {c, d - 1}),
        new Passage(Passage.Kind.VERBATIM, new int[] {b, b + 27}, new int[] {d, d + 27})));
    Map<String, Relation> relations = new LinkedHashMap<>();
    relations.put("wire", new Relation(Relation.Kind.ORIGINAL, null, 0));
    relations.put("copy", new Relation(Relation.Kind.COPY, "wire", 0.67));
    relations.put("own", new Relation(Relation.Kind.INDEPENDENT, null, 0));
    Map<String, Double> originality = Map.of("wire", 0.33, "copy", 0.33, "own", 1.0);
    Fact figure = new Fact(Fact.Kind.FIGURE, "240 workers were evacuated.", "240 worker", List.of("copy", "wire"), 1,
        List.of(new Conflict("About 300 workers left the plant.", "~300 worker", List.of("own"), 1)),
        "evacuated worker");
    Fact other = new Fact(Fact.Kind.FIGURE, "About 300 workers left the plant.", "~300 worker", List.of("own"), 1,
        List.of(new Conflict("240 workers were evacuated.", "240 worker", List.of("copy", "wire"), 1)),
        "evacuated worker");
    Fact added = new Fact(Fact.Kind.STATEMENT, "Our reporter adds this line first.", "reporter", List.of("copy"), 1,
        List.of(), null);
    Entity mayor = new Entity("José Ramírez", "person", List.of("José Ramírez", "Ramirez"), List.of("copy", "wire"));
    StoryReport report = new StoryReport(story, new ReuseReport(List.of(link), relations, originality),
        new StoryFacts(List.of(figure, other, added), List.of(mayor), List.of("A fire broke out at the plant.")));
    return new Pages.Described(story, report);
  }

  /** One original and {@code copies} plain copies of it. */
  static Pages.Described wire(int copies) {
    List<Article> articles = new ArrayList<>();
    articles.add(article("w", "wire.example", "Wire", "Text.", 0));
    Map<String, Relation> relations = new LinkedHashMap<>();
    relations.put("w", new Relation(Relation.Kind.ORIGINAL, null, 0));
    for (int i = 0; i < copies; i++) {
      articles.add(article("c" + i, "outlet" + i + ".example", "Wire", "Text.", i + 1));
      relations.put("c" + i, new Relation(Relation.Kind.COPY, "w", 1.0));
    }
    Story story = new Story("s2", "Wire", articles);
    return new Pages.Described(story, new StoryReport(story, new ReuseReport(List.of(), relations, Map.of()),
        new StoryFacts(List.of(), List.of(), List.of())));
  }
}
