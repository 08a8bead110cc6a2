package org.storyfold;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyfold.facts.Conflict;
import org.storyfold.facts.Entity;
import org.storyfold.facts.Fact;
import org.storyfold.reuse.Link;
import org.storyfold.reuse.Passage;
import org.storyfold.reuse.Relation;
import org.storyfold.story.Article;
import org.storyfold.story.Rejection;
import org.storyfold.story.Story;

/**
 * The JSON of the engine's records, field for field, as every face writes it (the CLI's
 * {@code --format json}, the server's API, the Spark job's {@code stories.jsonl}): one writer, so the
 * same story reads the same everywhere. Kinds are written in lower case.
 */
public final class StoryJson {
  /** Builds nodes only: a node factory holds no settings anyone could change. */
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private StoryJson() {}

  /** An article: id, title, (text), url, source, published, language. */
  public static ObjectNode article(Article a, boolean withText) {
    ObjectNode o = JSON.objectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    if (withText) {
      o.put("text", a.text());
    }
    o.put("url", a.url());
    o.put("source", a.source());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("language", a.language());
    return o;
  }

  /** Rejections: [{"input","reason"}]. */
  public static ArrayNode rejections(List<Rejection> rejected) {
    ArrayNode arr = JSON.arrayNode();
    for (Rejection r : rejected) {
      arr.addObject().put("input", r.input()).put("reason", r.reason());
    }
    return arr;
  }

  /**
   * One story as {@code storyfold cluster --format json} prints it: its articles, and with a report
   * their relations, originality, links, summary, facts and entities.
   */
  public static ObjectNode story(Story story, StoryReport report, boolean withText) {
    ObjectNode o = JSON.objectNode();
    o.put("id", story.id());
    o.put("headline", story.headline());
    ArrayNode articles = o.putArray("articles");
    Set<String> notAligned = report == null ? Set.of() : new HashSet<>(report.reuse().notAligned());
    for (Article a : story.articles()) {
      ObjectNode art = article(a, withText);
      if (report != null) {
        Relation r = report.reuse().relations().get(a.id());
        if (r != null) {
          art.putObject("relation").put("kind", r.kind().toString()).put("of", r.of()).put("shared", round(r.shared()));
        }
        Double originality = report.reuse().originality().get(a.id());
        if (originality != null) {
          art.put("originality", round(originality));
        }
        if (r == null && notAligned.contains(a.id())) {
          art.put("aligned", false);
        }
      }
      articles.add(art);
    }
    if (report == null) {
      return o;
    }
    strings(o.putArray("summary"), report.facts().summary());
    ArrayNode links = o.putArray("links");
    for (Link l : report.reuse().links()) {
      ObjectNode link = links.addObject().put("from", l.from()).put("to", l.to()).put("kind", l.kind().toString())
          .put("shared", round(l.shared()));
      ArrayNode passages = link.putArray("passages");
      for (Passage p : l.passages()) {
        ObjectNode po = passages.addObject().put("kind", p.kind().toString());
        po.putArray("fromSpan").add(p.fromSpan()[0]).add(p.fromSpan()[1]);
        po.putArray("toSpan").add(p.toSpan()[0]).add(p.toSpan()[1]);
      }
    }
    ArrayNode facts = o.putArray("facts");
    for (Fact f : report.facts().facts()) {
      ObjectNode fo = facts.addObject().put("kind", f.kind().toString()).put("text", f.text()).put("value", f.value());
      if (f.about() != null) {
        fo.put("about", f.about());
      }
      strings(fo.putArray("sources"), f.sources());
      fo.put("independentSources", f.independentSources());
      ArrayNode conflicts = fo.putArray("conflicts");
      for (Conflict c : f.conflicts()) {
        ObjectNode co = conflicts.addObject().put("text", c.text()).put("value", c.value());
        strings(co.putArray("sources"), c.sources());
        co.put("independentSources", c.independentSources());
      }
    }
    ArrayNode entities = o.putArray("entities");
    for (Entity e : report.facts().entities()) {
      ObjectNode eo = entities.addObject().put("name", e.name()).put("type", e.type());
      strings(eo.putArray("variants"), e.variants());
      strings(eo.putArray("sources"), e.sources());
    }
    return o;
  }

  private static void strings(ArrayNode arr, List<String> values) {
    values.forEach(arr::add);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
