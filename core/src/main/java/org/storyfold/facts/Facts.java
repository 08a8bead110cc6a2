package org.storyfold.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.storyfold.extract.Cleaning;
import org.storyfold.reuse.Relation;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.reuse.Sentences;
import org.storyfold.story.Article;

/**
 * What a story says: the figures, quotes and statements its articles carry, who carries each, which
 * are disputed, the entities it names, a headline and a short summary.
 *
 * <p>Hand-written because no library on Maven Central compares figures and names across articles:
 * NER libraries find names in one text (and OpenNLP publishes no NER model on Central), number
 * parsers turn words into numbers, but telling that "around 10,000 a day" and "approximately 10,000
 * crossings by migrants every day" are the same claim, that "Tony Blinken" is "Antony Blinken" while
 * "Hunter Biden" is not "Joe Biden", and that "about 300 workers" disputes "240 workers", takes rules
 * about approximation, counted things and name shapes. Those rules live in the package-private
 * helpers: {@code Quantities} and {@code Figures} (figures), {@code Quotes}, {@code NameFinder} and
 * {@code Entities} (names), {@code Summary} (headline and summary).
 *
 * <p>Independent sources: an article that is a copy, near-copy, rewrite or translation of another
 * (per the reuse report) counts as its origin; the chain is followed to its root, so the wire and its
 * four reprints are one source and an independent report a second. When the relations form a cycle
 * (a copy of b, b a translation of a) its members share one origin.
 */
public final class Facts {
  private static final Set<String> DERIVED = Set.of("copy", "near-copy", "rewrite", "translation");

  private Facts() {}

  /**
   * The facts of one story.
   *
   * @param articles  the story's articles, clean text (boilerplate removed)
   * @param relations who copied whom, or null to count every article as its own origin
   */
  public static StoryFacts of(List<Article> articles, ReuseReport relations) {
    return of(articles, relations, Map.of());
  }

  /**
   * The facts of one story from the cleaner's output. Bullet lists that restate the article ("Key
   * points") are boilerplate for reading but still spell the story's names, sometimes differently
   * ("Tony Blinken"), so their lines count for entities, not for facts or the summary.
   */
  public static StoryFacts of(Cleaning cleaned, ReuseReport relations) {
    Map<String, List<String>> restated = new HashMap<>();
    cleaned.removed().forEach((id, removals) -> removals.stream()
        .filter(r -> r.reason().startsWith("bullet list restating"))
        .forEach(r -> restated.computeIfAbsent(id, k -> new ArrayList<>()).add(r.line())));
    return of(cleaned.articles(), relations, restated);
  }

  private static StoryFacts of(List<Article> articles, ReuseReport relations, Map<String, List<String>> nameLines) {
    Objects.requireNonNull(articles, "articles");
    List<Article> withLanguage = new ArrayList<>();
    for (Article a : articles) {
      withLanguage.add(a.language() == null || a.language().isBlank()
          ? a.withLanguage(Words.ANALYZER.detectLanguage(a.fullText())) : a);
    }
    Map<String, String> roots = roots(withLanguage, relations);
    List<Summary.Line> lines = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Set<String> lowerCase = new HashSet<>();
    for (Article a : withLanguage) {
      for (String w : a.text().split("[^\\p{L}\\p{M}'’\\-]+")) {
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          lowerCase.add(w);
        }
      }
    }
    for (Article a : withLanguage) {
      String text = a.text();
      for (String line : nameLines.getOrDefault(a.id(), List.of())) {
        for (int[] span : Sentences.split(line, a.language())) {
          mentions.addAll(NameFinder.find(a.id(), line.substring(span[0], span[1]), lowerCase));
        }
      }
      List<int[]> spans = Sentences.split(text, a.language());
      for (int i = 0; i < spans.size(); i++) {
        String s = text.substring(spans.get(i)[0], spans.get(i)[1]);
        lines.add(new Summary.Line(a.id(), a.language(), s, i, spans.size(), Words.terms(s, a.language())));
        figures.addAll(Figures.find(a.id(), a.language(), s, i));
        mentions.addAll(NameFinder.find(a.id(), s, lowerCase));
      }
      quotes.addAll(Quotes.find(a.id(), text));
    }
    for (Quote q : quotes) {
      if (q.speaker() != null) {
        mentions.add(new Mention(q.speaker(), "person", q.article()));
      }
    }
    List<Entity> entities = Entities.merge(mentions);
    List<Fact> facts = new ArrayList<>();
    Map<Figure, Fact> figureFacts = new HashMap<>();
    facts.addAll(figureFacts(figures, roots, figureFacts));
    facts.addAll(quoteFacts(quotes, roots, entities));
    Map<Summary.Line, Fact> lineFacts = new HashMap<>();
    facts.addAll(statementFacts(lines, roots, lineFacts));
    facts.sort(Comparator.comparingInt((Fact f) -> -f.independentSources())
        .thenComparingInt(f -> -f.sources().size())
        .thenComparingInt(f -> List.of("figure", "quote", "statement").indexOf(f.kind())));
    String headline = Summary.headline(withLanguage);
    List<String> summary = Summary.choose(lines, roots, lineFacts, figures, figureFacts);
    return new StoryFacts(facts, entities, headline, summary);
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
        if (r == null || r.of() == null || !DERIVED.contains(r.kind().toString())) {
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

  static int independent(Set<String> sources, Map<String, String> roots) {
    Set<String> r = new HashSet<>();
    for (String s : sources) {
      r.add(roots.getOrDefault(s, s));
    }
    return r.size();
  }

  private static <T> List<List<T>> cluster(List<T> items, BiPredicate<T, T> same) {
    int n = items.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (find(parent, i) != find(parent, j) && same.test(items.get(i), items.get(j))) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<Integer, List<T>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static List<Fact> figureFacts(List<Figure> figures, Map<String, String> roots, Map<Figure, Fact> index) {
    List<List<Figure>> groups = cluster(figures, Figures::agree);
    List<String> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Set<String>> sources = new ArrayList<>();
    for (List<Figure> g : groups) {
      Map<String, Integer> counts = new HashMap<>();
      g.forEach(f -> counts.merge(f.normalized(), 1, Integer::sum));
      Figure best = g.stream().min(Comparator.comparingInt((Figure f) -> -counts.get(f.normalized()))
          .thenComparingInt(f -> f.noun() == null ? 1 : 0)
          .thenComparingInt(f -> f.sentence().length())).orElseThrow();
      values.add(best.normalized());
      texts.add(best.sentence());
      Set<String> s = new TreeSet<>();
      g.forEach(f -> s.add(f.article()));
      sources.add(s);
    }
    List<Fact> out = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<Conflict> conflicts = new ArrayList<>();
      for (int j = 0; j < groups.size(); j++) {
        if (i != j && anyPair(groups.get(i), groups.get(j))) {
          conflicts.add(new Conflict(texts.get(j), values.get(j), List.copyOf(sources.get(j))));
        }
      }
      Fact f = new Fact("figure", texts.get(i), values.get(i), List.copyOf(sources.get(i)),
          independent(sources.get(i), roots), conflicts);
      out.add(f);
      groups.get(i).forEach(fig -> index.put(fig, f));
    }
    return out;
  }

  private static boolean anyPair(List<Figure> a, List<Figure> b) {
    for (Figure x : a) {
      for (Figure y : b) {
        if (Figures.conflict(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Fact> quoteFacts(List<Quote> quotes, Map<String, String> roots, List<Entity> entities) {
    Map<String, String> canonical = new HashMap<>();
    for (Entity e : entities) {
      e.variants().forEach(v -> canonical.putIfAbsent(Entities.key(v), e.name()));
    }
    List<Fact> out = new ArrayList<>();
    for (List<Quote> g : cluster(quotes, Quotes::same)) {
      Quote best = g.stream().max(Comparator.comparingInt((Quote q) -> q.words().length())).orElseThrow();
      Map<String, Integer> speakers = new HashMap<>();
      g.stream().map(Quote::speaker).filter(Objects::nonNull)
          .forEach(s -> speakers.merge(canonical.getOrDefault(Entities.key(s), s), 1, Integer::sum));
      String speaker = speakers.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse(null);
      Set<String> sources = new TreeSet<>();
      g.forEach(q -> sources.add(q.article()));
      String text = (speaker == null ? "" : speaker + ": ") + "“" + best.words() + "”";
      out.add(new Fact("quote", text, String.join(" ", best.terms()), List.copyOf(sources),
          independent(sources, roots), List.of()));
    }
    return out;
  }

  /*
   * Statements: sentences of different articles that say the same thing, found by their stemmed
   * content terms (overlap coefficient >= 0.6 and Jaccard >= 0.35, at least five terms each). Only
   * statements carried by two articles or more are facts; what a single article says alone is in
   * its figures and quotes.
   */
  private static List<Fact> statementFacts(List<Summary.Line> lines, Map<String, String> roots,
                                           Map<Summary.Line, Fact> index) {
    List<Summary.Line> usable = lines.stream().filter(l -> l.terms().size() >= 5).toList();
    List<Fact> out = new ArrayList<>();
    for (List<Summary.Line> g : cluster(usable, Facts::sameStatement)) {
      Set<String> sources = new TreeSet<>();
      g.forEach(l -> sources.add(l.article()));
      if (sources.size() < 2) {
        continue;
      }
      Summary.Line best = g.stream().min(Comparator
          .comparingInt((Summary.Line l) -> roots.getOrDefault(l.article(), l.article()).equals(l.article()) ? 0 : 1)
          .thenComparingInt(l -> l.text().length())).orElseThrow();
      Map<String, Integer> termCounts = new HashMap<>();
      g.forEach(l -> l.terms().forEach(t -> termCounts.merge(t, 1, Integer::sum)));
      List<String> shared = best.terms().stream().filter(t -> termCounts.get(t) * 2 >= g.size()).limit(12).toList();
      Fact f = new Fact("statement", best.text(), String.join(" ", shared), List.copyOf(sources),
          independent(sources, roots), List.of());
      out.add(f);
      g.forEach(l -> index.put(l, f));
    }
    return out;
  }

  private static boolean sameStatement(Summary.Line a, Summary.Line b) {
    if (a.article().equals(b.article())) {
      return false;
    }
    int shared = Words.intersection(a.terms(), b.terms());
    double jaccard = (double) shared / (a.terms().size() + b.terms().size() - shared);
    return Words.overlap(a.terms(), b.terms()) >= 0.6 && jaccard >= 0.35;
  }
}
