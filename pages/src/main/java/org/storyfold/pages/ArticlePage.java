package org.storyfold.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storyfold.StoryReport;
import org.storyfold.reuse.Link;
import org.storyfold.reuse.Passage;
import org.storyfold.reuse.Relation;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/** Builds the article page's view: its text cut into plain and shared runs, and its source's passages. */
final class ArticlePage {
  /** A run of the article's text; {@code passage} numbers a shared run (1, 2, ...), 0 for plain text. */
  record Run(String text, int passage, String kind) {}

  /** One passage of the source that this article shares. */
  record Quote(int passage, String text, String kind) {}

  /** An article that derives from this one. */
  record Derived(Views.Ref article, String kind) {}

  record View(Views.Page page, String title, String outlet, String time, String language, String url,
              Views.Ref story, String relation, Views.Ref source, String shared, String originality,
              List<Run> runs, List<Quote> quotes, List<Derived> derived) {}

  private ArticlePage() {}

  /** {@code story} and {@code report} may be null (an article alone, or a story not described). */
  static View build(Article a, Story story, StoryReport report, Views.Page page) {
    Site site = page.site();
    Views.Ref storyRef = story == null ? null : new Views.Ref(Views.headline(story), site.story(story.id()));
    Relation r = report == null ? null : report.reuse().relations().get(a.id());
    Double orig = report == null ? null : report.reuse().originality().get(a.id());
    Article source = null;
    if (r != null && r.of() != null && story != null) {
      source = story.articles().stream().filter(x -> x.id().equals(r.of())).findFirst().orElse(null);
    }
    List<Run> runs = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    if (source != null) {
      cut(a, source, report.reuse().link(source.id(), a.id()), runs, quotes);
    } else {
      runs.add(new Run(a.text(), 0, ""));
    }
    List<Derived> derived = new ArrayList<>();
    if (report != null && story != null) {
      for (Article other : story.articles()) {
        Relation o = report.reuse().relations().get(other.id());
        if (o != null && a.id().equals(o.of())) {
          derived.add(new Derived(new Views.Ref(Views.outlet(other), site.article(other.id())),
              o.kind() + " " + Views.percent(o.shared())));
        }
      }
    }
    return new View(page, a.title().isBlank() ? "(no title)" : a.title(), Views.outlet(a),
        a.published() == null ? "" : Views.time(a.published()), a.language() == null ? "" : a.language(),
        Views.webLink(a.url()), storyRef, r == null ? "" : r.kind().toString(),
        source == null ? null : new Views.Ref(Views.outlet(source), site.article(source.id())),
        source == null ? "" : Views.percent(r.shared()), orig == null ? "" : Views.percent(orig), runs, quotes,
        derived);
  }

  /**
   * Cuts the article's text at the passages it shares with its source (spans into each article's text,
   * kept inside the text and never overlapping), numbering each so the page pairs it with the source's.
   */
  static void cut(Article a, Article source, Link link, List<Run> runs, List<Quote> quotes) {
    String text = a.text();
    String from = source.text();
    List<Passage> passages = new ArrayList<>();
    boolean forward = link != null && link.from().equals(source.id());
    if (link != null) {
      for (Passage p : link.passages()) {
        passages.add(forward ? p : new Passage(p.kind(), p.toSpan(), p.fromSpan()));
      }
    }
    passages.sort(Comparator.comparingInt(p -> p.toSpan()[0]));
    int at = 0;
    int n = 0;
    for (Passage p : passages) {
      int start = Math.max(at, clamp(p.toSpan()[0], text));
      int end = clamp(p.toSpan()[1], text);
      if (end <= start) {
        continue;
      }
      if (start > at) {
        runs.add(new Run(text.substring(at, start), 0, ""));
      }
      n++;
      runs.add(new Run(text.substring(start, end), n, p.kind().toString()));
      int fs = clamp(p.fromSpan()[0], from);
      int fe = clamp(p.fromSpan()[1], from);
      quotes.add(new Quote(n, fe > fs ? from.substring(fs, fe) : "", p.kind().toString()));
      at = end;
    }
    if (at < text.length()) {
      runs.add(new Run(text.substring(at), 0, ""));
    }
  }

  private static int clamp(int i, String s) {
    return Math.max(0, Math.min(i, s.length()));
  }
}
