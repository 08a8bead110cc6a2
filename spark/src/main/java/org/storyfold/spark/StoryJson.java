package org.storyfold.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.storyfold.StoryReport;
import org.storyfold.facts.Conflict;
import org.storyfold.facts.Entity;
import org.storyfold.facts.Fact;
import org.storyfold.reuse.Link;
import org.storyfold.reuse.Passage;
import org.storyfold.reuse.Relation;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * A story as one JSON line, in the shape of {@code storyfold cluster --format json}'s stories (id,
 * headline, articles with relation and originality, summary, links, facts, entities). Written here,
 * not taken from the CLI, so that the job does not pull the command line onto a cluster.
 */
final class StoryJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoryJson() {}

  static String of(Story story, StoryReport report) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", story.id());
    o.put("headline", report != null && !report.facts().headline().isBlank()
        ? report.facts().headline() : story.headline());
    ArrayNode articles = o.putArray("articles");
    for (Article a : story.articles()) {
      ObjectNode art = articles.addObject();
      art.put("id", a.id());
      art.put("title", a.title());
      art.put("url", a.url());
      art.put("source", a.source());
      art.put("published", a.published() == null ? null : a.published().toString());
      art.put("language", a.language());
      if (report != null) {
        Relation r = report.reuse().relations().get(a.id());
        if (r != null) {
          art.putObject("relation").put("kind", r.kind()).put("of", r.of()).put("shared", round(r.shared()));
        }
        Double originality = report.reuse().originality().get(a.id());
        if (originality != null) {
          art.put("originality", round(originality));
        }
      }
    }
    if (report != null) {
      describe(o, report);
    }
    return o.toString();
  }

  private static void describe(ObjectNode o, StoryReport report) {
    strings(o.putArray("summary"), report.facts().summary());
    ArrayNode links = o.putArray("links");
    for (Link l : report.reuse().links()) {
      ObjectNode link = links.addObject().put("from", l.from()).put("to", l.to()).put("kind", l.kind())
          .put("shared", round(l.shared()));
      ArrayNode passages = link.putArray("passages");
      for (Passage p : l.passages()) {
        ObjectNode po = passages.addObject().put("kind", p.kind());
        po.putArray("fromSpan").add(p.fromSpan()[0]).add(p.fromSpan()[1]);
        po.putArray("toSpan").add(p.toSpan()[0]).add(p.toSpan()[1]);
      }
    }
    ArrayNode facts = o.putArray("facts");
    for (Fact f : report.facts().facts()) {
      ObjectNode fo = facts.addObject().put("kind", f.kind()).put("text", f.text()).put("value", f.value());
      strings(fo.putArray("sources"), f.sources());
      fo.put("independentSources", f.independentSources());
      ArrayNode conflicts = fo.putArray("conflicts");
      for (Conflict c : f.conflicts()) {
        ObjectNode co = conflicts.addObject().put("text", c.text()).put("value", c.value());
        strings(co.putArray("sources"), c.sources());
      }
    }
    ArrayNode entities = o.putArray("entities");
    for (Entity e : report.facts().entities()) {
      ObjectNode eo = entities.addObject().put("name", e.name()).put("type", e.type());
      strings(eo.putArray("variants"), e.variants());
      strings(eo.putArray("sources"), e.sources());
    }
  }

  private static void strings(ArrayNode arr, List<String> values) {
    values.forEach(arr::add);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
