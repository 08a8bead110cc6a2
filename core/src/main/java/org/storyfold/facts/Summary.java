package org.storyfold.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.story.Article;
import org.storyfold.text.TextAnalyzer;

/*
 * Headline and summary, both taken from the articles, never written.
 *
 * Headline: the title whose content terms are most present in the other articles (title and text),
 * counted as the mean fraction of its terms each other article has; a title full of site words or
 * an unrelated angle scores low. Only titles in the story's main language compete.
 *
 * Summary: up to five sentences of the main language. A sentence scores by how many independent
 * sources confirm what it says (its statement fact, or the best figure it carries, at half weight),
 * plus a little for standing early in its article (leads carry the news) and for coming from an
 * origin rather than a copy; it loses for opening with a quotation mark (a quote without its context)
 * and for being a list item. Sentences are taken best first, skipping any whose content terms are half
 * covered by an already chosen one or that carries a fact (figure or statement) a chosen one carries,
 * then put in reading order: by relative position in their articles.
 */
final class Summary {
  /** At most five sentences: a paragraph an editor reads at a glance (the README's promise). */
  static final int MAX_SENTENCES = 5;
  /** "PORT CALDER, June 9 (Meridian Press) - ": a wire dateline, dropped from summary sentences. */
  private static final java.util.regex.Pattern DATELINE =
      java.util.regex.Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]+,[^-–—]{0,60}?\\s[-–—]\\s+");

  /** One sentence of one article with its stemmed terms. */
  record Line(String article, String language, String text, int position, int count, Set<String> terms) {
    String key() {
      return article + "#" + position;
    }
  }

  private Summary() {}

  static String mainLanguage(List<Article> articles) {
    Map<String, Integer> counts = new HashMap<>();
    articles.forEach(a -> counts.merge(a.language(), 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** Facts are records that hash their whole content; sets of them compare by identity. */
  private static Set<Fact> identitySet() {
    return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  }

  static List<String> choose(List<Line> lines, Map<String, String> roots, Map<Line, Fact> statements,
                             List<Figure> figures, Map<Figure, Fact> figureFacts) {
    Map<String, Integer> langCounts = new HashMap<>();
    lines.forEach(l -> langCounts.merge(String.valueOf(l.language()), 1, Integer::sum));
    String lang = langCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    Map<String, Integer> figureSupport = new HashMap<>();
    Map<String, Set<Fact>> carried = new HashMap<>();
    for (Figure f : figures) {
      Fact fact = figureFacts.get(f);
      if (fact != null) {
        figureSupport.merge(f.article() + "#" + f.position(), fact.independentSources(), Math::max);
        carried.computeIfAbsent(f.article() + "#" + f.position(), k -> identitySet()).add(fact);
      }
    }
    statements.forEach((l, fact) -> carried.computeIfAbsent(l.article() + "#" + l.position(),
        k -> identitySet()).add(fact));
    List<Line> candidates = new ArrayList<>();
    Map<Line, Double> score = new java.util.IdentityHashMap<>();
    for (Line l : lines) {
      int words = l.text().split("\\s+").length;
      String t = l.text().strip();
      if (!String.valueOf(l.language()).equals(lang) || words < 8 || words > 60 || t.endsWith("?")
          || t.endsWith(":") || t.contains("(Photo") || t.contains("@")) {
        continue;
      }
      Fact st = statements.get(l);
      double s = st == null ? 1 : st.independentSources() + 0.1 * st.sources().size();
      s += 0.5 * figureSupport.getOrDefault(l.article() + "#" + l.position(), 0);
      s += 0.6 * (1 - (double) l.position() / Math.max(1, l.count()));
      s += roots.getOrDefault(l.article(), l.article()).equals(l.article()) ? 0.2 : 0;
      if ("“\"«„'‘".indexOf(t.charAt(0)) >= 0) {
        s -= 0.8;
      }
      if ("-•*–".indexOf(t.charAt(0)) >= 0) {
        s -= 1.0;
      }
      candidates.add(l);
      score.put(l, s);
    }
    candidates.sort(Comparator.comparingDouble((Line l) -> -score.get(l)).thenComparingInt(Line::position));
    List<Line> chosen = new ArrayList<>();
    for (Line l : candidates) {
      if (chosen.size() >= MAX_SENTENCES) {
        break;
      }
      Set<Fact> mine = carried.getOrDefault(l.article() + "#" + l.position(), Set.of());
      boolean repeats = chosen.stream().anyMatch(c -> Words.overlap(c.terms(), l.terms()) >= 0.5
          || carried.getOrDefault(c.article() + "#" + c.position(), Set.of()).stream().anyMatch(mine::contains));
      if (!repeats) {
        chosen.add(l);
      }
    }
    chosen.sort(Comparator.comparingDouble((Line l) -> (double) l.position() / Math.max(1, l.count()))
        .thenComparingDouble(l -> -score.get(l)));
    return chosen.stream().map(l -> DATELINE.matcher(l.text()).replaceFirst("")).toList();
  }
}
