package org.storyfold.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.reuse.Link;
import org.storyfold.reuse.Passage;
import org.storyfold.reuse.Relation;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Article;

/*
 * Who says a thing independently. Two articles are one source for a fact when
 *  - one derives from the other (copy, near-copy, rewrite, translation), following the chain to its
 *    origin: the wire and its four reprints are one source; a cycle's members share one origin;
 *  - they come from the same outlet (same Article.source), so an outlet's update is not a second voice;
 *  - the sentence that carries the fact in one is aligned by the reuse report with a sentence of the
 *    other, verbatim, edited or translated (a paraphrase is two voices): one AP paragraph that three outlets ran is one source even when the rest of each article
 *    is their own ("partial copies count once").
 * The source key of an article (outlet, else id) is also what "one source never disputes itself"
 * compares.
 */
final class Sources {
  /** Reuse relations that make an article the same source as its origin. */
  private static final Set<Relation.Kind> DERIVED = java.util.EnumSet.of(Relation.Kind.COPY, Relation.Kind.NEAR_COPY,
      Relation.Kind.REWRITE, Relation.Kind.TRANSLATION);

  /** Passage kinds that are copying: the words themselves (edited or not) or their translation. */
  private static final Set<Passage.Kind> COPIED = java.util.EnumSet.of(Passage.Kind.VERBATIM, Passage.Kind.EDITED,
      Passage.Kind.TRANSLATION);

  private final Map<String, String> roots;
  private final Map<String, String> outlet = new HashMap<>();
  private final Map<String, java.time.OffsetDateTime> published = new HashMap<>();
  /** "a#3" (article a, sentence 3) to the articles holding a sentence aligned with it. */
  private final Map<String, Set<String>> aligned = new HashMap<>();

  /**
   * @param articles  the story's articles
   * @param report    the reuse report, or null when nothing is known about copying
   * @param sentences article id to the [start, end) spans of its sentences, as the facts were read
   */
  Sources(List<Article> articles, ReuseReport report, Map<String, List<int[]>> sentences) {
    roots = roots(articles, report);
    for (Article a : articles) {
      outlet.put(a.id(), a.source() == null || a.source().isBlank() ? a.id() : a.source());
      if (a.published() != null) {
        published.put(a.id(), a.published());
      }
    }
    if (report != null) {
      for (Link l : report.links()) {
        for (Passage p : l.passages()) {
          if (!COPIED.contains(p.kind())) {
            continue; // a paraphrase is two outlets saying the same in their words: independent
          }
          for (int i : overlapping(sentences.get(l.from()), p.fromSpan())) {
            aligned.computeIfAbsent(l.from() + "#" + i, k -> new HashSet<>()).add(l.to());
          }
          for (int j : overlapping(sentences.get(l.to()), p.toSpan())) {
            aligned.computeIfAbsent(l.to() + "#" + j, k -> new HashSet<>()).add(l.from());
          }
        }
      }
    }
  }

  /** Article id to the id of its origin. */
  Map<String, String> roots() {
    return roots;
  }

  /** The source an article speaks for: its outlet when known, else the article itself. */
  String source(String article) {
    return outlet.getOrDefault(article, article);
  }

  /**
   * Whether one outlet would dispute itself between these two sets of articles: it is on both sides,
   * and its articles on one side are not all published before its articles on the other. An outlet
   * that said two injured on Tuesday and three on Wednesday has corrected itself, not disputed itself.
   */
  boolean selfDisputing(java.util.Set<String> a, java.util.Set<String> b) {
    Map<String, List<String>> onA = new HashMap<>();
    a.forEach(id -> onA.computeIfAbsent(source(id), k -> new ArrayList<>()).add(id));
    Map<String, List<String>> onB = new HashMap<>();
    b.forEach(id -> onB.computeIfAbsent(source(id), k -> new ArrayList<>()).add(id));
    for (Map.Entry<String, List<String>> e : onB.entrySet()) {
      List<String> same = onA.get(e.getKey());
      if (same != null && !(before(same, e.getValue()) || before(e.getValue(), same))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every article of {@code early} was published before every article of {@code late}. */
  private boolean before(List<String> early, List<String> late) {
    for (String x : early) {
      for (String y : late) {
        java.time.OffsetDateTime px = published.get(x);
        java.time.OffsetDateTime py = published.get(y);
        if (px == null || py == null || !px.isBefore(py)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * How many independent sources carry a thing, given where it stands: "article#sentence" keys.
   * Articles join when they share an origin or an outlet, or when one's carrying sentence is aligned
   * with the other article.
   */
  int independent(Collection<String> where) {
    List<String> articles = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String w : where) {
      String a = w.substring(0, w.lastIndexOf('#'));
      if (!index.containsKey(a)) {
        index.put(a, articles.size());
        articles.add(a);
      }
    }
    UnionFind sets = new UnionFind(articles.size());
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      String a = articles.get(i);
      Integer r = byKey.putIfAbsent("root:" + roots.getOrDefault(a, a), i);
      if (r != null) {
        sets.union(r, i);
      }
      Integer o = byKey.putIfAbsent("outlet:" + source(a), i);
      if (o != null) {
        sets.union(o, i);
      }
    }
    for (String w : where) {
      int i = index.get(w.substring(0, w.lastIndexOf('#')));
      for (String other : aligned.getOrDefault(w, Set.of())) {
        Integer j = index.get(other);
        if (j != null) {
          sets.union(i, j);
        }
      }
    }
    Set<Integer> components = new HashSet<>();
    for (int i = 0; i < articles.size(); i++) {
      components.add(sets.find(i));
    }
    return components.size();
  }

  /** Indices of the sentences whose spans overlap [span[0], span[1]). */
  private static List<Integer> overlapping(List<int[]> spans, int[] span) {
    List<Integer> out = new ArrayList<>();
    if (spans == null) {
      return out;
    }
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) { // first sentence ending after the span starts
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid)[1] <= span[0]) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < spans.size() && spans.get(i)[0] < span[1]; i++) {
      out.add(i);
    }
    return out;
  }

  /** Article id to the id of its origin, following derived-from chains. */
  static Map<String, String> roots(List<Article> articles, ReuseReport report) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Article a : articles) {
      String id = a.id();
      List<String> path = new ArrayList<>();
      while (report != null && !path.contains(id)) {
        path.add(id);
        Relation r = report.relations().get(id);
        if (r == null || r.of() == null || !DERIVED.contains(r.kind())) {
          break;
        }
        id = r.of();
      }
      if (path.contains(id) && !path.get(path.size() - 1).equals(id)) {
        // A cycle (a derives from b derives from a): every member has the same origin, the least id.
        id = path.subList(path.indexOf(id), path.size()).stream().min(String::compareTo).orElse(id);
      }
      out.put(a.id(), id);
    }
    return out;
  }
}
