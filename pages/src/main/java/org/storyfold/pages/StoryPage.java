package org.storyfold.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.StoryReport;
import org.storyfold.facts.Conflict;
import org.storyfold.facts.Entity;
import org.storyfold.facts.Fact;
import org.storyfold.reuse.Relation;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/** Builds the story page's view: timeline and sources, tree, facts, entities. */
final class StoryPage {
  /** Sources named beside one fact before "and N more". */
  private static final int NAMED = 6;
  /** Facts per list: the best supported come first, the page stays readable on a big story. */
  private static final int FACTS = 12;
  private static final int ADDS_PER_SOURCE = 4;
  private static final int ENTITIES = 40;

  /** A row of the timeline: when, who, what, and how it relates to the rest. */
  record Row(String time, String outlet, String title, String href, String kind, Views.Ref of, String shared,
             String originality) {}

  record FactLine(String text, String support, List<Views.Ref> sources, int more) {}

  record Adds(Views.Ref source, List<String> facts) {}

  record Side(String value, String text, String support, List<Views.Ref> sources, int more) {}

  record Dispute(String about, List<Side> sides) {}

  record Named(String name, List<String> spellings, String sources) {}

  record Group(String heading, List<Named> entities) {}

  record View(Views.Page page, String headline, Views.Card card, List<String> summary, Tree.Drawing tree,
              List<Row> rows, List<FactLine> agreed, List<Adds> adds, List<Dispute> disputes, List<Group> entities,
              boolean described) {}

  private StoryPage() {}

  static View build(Story story, StoryReport report, Views.Page page) {
    Site site = page.site();
    Map<String, Article> byId = Views.byId(story);
    List<Row> rows = new ArrayList<>();
    List<Article> byTime = new ArrayList<>(story.articles());
    byTime.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Article::id));
    for (Article a : byTime) {
      Relation r = report == null ? null : report.reuse().relations().get(a.id());
      Double orig = report == null ? null : report.reuse().originality().get(a.id());
      Article of = r == null || r.of() == null ? null : byId.get(r.of());
      rows.add(new Row(a.published() == null ? "unknown" : Views.time(a.published()), Views.outlet(a),
          a.title().isBlank() ? "(no title)" : a.title(), site.article(a.id()),
          r == null ? (report == null ? "" : Tree.NEW) : r.kind().toString(),
          of == null ? null : new Views.Ref(Views.outlet(of), site.article(of.id())),
          of == null ? "" : Views.percent(r.shared()), orig == null ? "" : Views.percent(orig)));
    }
    Views.Card card = Views.card(story, report, site);
    if (report == null) {
      return new View(page, Views.headline(story), card, List.of(), null, rows, List.of(), List.of(), List.of(),
          List.of(), false);
    }
    Set<String> said = new HashSet<>();
    List<FactLine> agreed = new ArrayList<>();
    for (Fact f : report.facts().agreed()) {
      if (agreed.size() < FACTS && said.add(f.text())) {
        agreed.add(new FactLine(f.text(), Views.plural(f.independentSources(), "independent source"),
            refs(f.sources(), byId, site), Math.max(0, f.sources().size() - NAMED)));
      }
    }
    Map<String, List<String>> adds = new LinkedHashMap<>();
    for (Fact f : report.facts().onlyInOne()) {
      if (said.add(f.text())) {
        List<String> list = adds.computeIfAbsent(f.sources().get(0), k -> new ArrayList<>());
        if (list.size() < ADDS_PER_SOURCE) {
          list.add(f.text());
        }
      }
    }
    List<Adds> addsView = new ArrayList<>();
    adds.forEach((id, facts) -> addsView.add(new Adds(ref(id, byId, site), facts)));
    return new View(page, Views.headline(story), card, report.facts().summary(), Tree.layout(story, report, site),
        rows, agreed, addsView, disputes(report, byId, site), entities(report), true);
  }

  private static List<Dispute> disputes(StoryReport report, Map<String, Article> byId, Site site) {
    List<Dispute> out = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (Fact f : report.facts().disputed()) {
      if (!shown.add(f.text())) {
        continue; // the other side of a dispute already shown
      }
      List<Side> sides = new ArrayList<>();
      sides.add(side(f.value(), f.text(), f.sources(), f.independentSources(), byId, site));
      for (Conflict c : f.conflicts()) {
        shown.add(c.text());
        sides.add(side(c.value(), c.text(), c.sources(), c.independentSources(), byId, site));
      }
      out.add(new Dispute(f.about() == null ? "a figure" : f.about(), sides));
    }
    return out;
  }

  private static Side side(String value, String text, List<String> sources, int independent,
                           Map<String, Article> byId, Site site) {
    String support = Views.plural(sources.size(), "source")
        + (sources.size() > 1 ? ", " + independent + " independent" : "");
    return new Side(value, text, support, refs(sources, byId, site), Math.max(0, sources.size() - NAMED));
  }

  private static List<Group> entities(StoryReport report) {
    Map<String, List<Named>> groups = new LinkedHashMap<>();
    for (String t : List.of("person", "organization", "place", "other")) {
      groups.put(t, new ArrayList<>());
    }
    report.facts().entities().stream().limit(ENTITIES).forEach(e -> groups
        .computeIfAbsent(e.type(), k -> new ArrayList<>()).add(named(e)));
    List<Group> out = new ArrayList<>();
    groups.forEach((type, list) -> {
      if (!list.isEmpty()) {
        out.add(new Group(switch (type) {
          case "person" -> "People";
          case "organization" -> "Organisations";
          case "place" -> "Places";
          default -> "Other names";
        }, list));
      }
    });
    return out;
  }

  private static Named named(Entity e) {
    List<String> spellings = e.variants().stream().filter(v -> !v.equals(e.name())).toList();
    return new Named(e.name(), spellings, Views.plural(e.sources().size(), "source"));
  }

  private static List<Views.Ref> refs(List<String> ids, Map<String, Article> byId, Site site) {
    return ids.stream().limit(NAMED).map(id -> ref(id, byId, site)).toList();
  }

  private static Views.Ref ref(String id, Map<String, Article> byId, Site site) {
    Article a = byId.get(id);
    return new Views.Ref(a == null ? id : Views.outlet(a), site.article(id));
  }
}
