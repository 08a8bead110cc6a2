package org.storyfold.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.storyfold.extract.Cleaning;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.reuse.Sentences;
import org.storyfold.story.Article;
import org.storyfold.text.TextAnalyzer;

/**
 * What a story says: the figures, quotes and statements its articles carry, who carries each, which
 * are disputed, the entities it names, and a short summary.
 *
 * <p>Hand-written because no library on Maven Central compares figures and names across articles:
 * NER libraries find names in one text (and OpenNLP publishes no NER model on Central), number
 * parsers turn words into numbers, but telling that "around 10,000 a day" and "approximately 10,000
 * crossings by migrants every day" are the same claim, that "Tony Blinken" is "Antony Blinken" while
 * "Hunter Biden" is not "Joe Biden", and that "about 300 workers" evacuated disputes "240 workers"
 * evacuated while a 16-year-old suspect's age does not dispute a 15-year-old victim's, takes rules
 * about approximation, what is counted, of whom and when, and name shapes. Those rules live in the
 * package-private helpers: {@code Quantities}, {@code Figures}, {@code Subjects} and {@code FigureFacts}
 * (figures and disputes), {@code Sources} (independence), {@code Quotes}, {@code text.Names} and
 * {@code Entities} (names), {@code Summary} (the summary; the story's headline is the engine's, chosen when it groups).
 *
 * <p>Independent sources: see {@code Sources}: derived copies, one outlet's articles, and articles whose
 * carrying sentences the reuse report aligns count once.
 */
public final class Facts {
  /** Statements need five content terms: shorter sentences ("He said so.") match too much by chance. */
  private static final int MIN_STATEMENT_TERMS = 5;
  /** Two sentences say the same when the smaller's terms are 60% in the other (overlap coefficient)... */
  private static final double STATEMENT_OVERLAP = 0.6;
  /** ...and their Jaccard similarity is at least 0.35 (both set on the examples' wire and rewrites). */
  private static final double STATEMENT_JACCARD = 0.35;
  /** Content terms of a statement fact's value: the first twelve shared terms identify it. */
  private static final int STATEMENT_VALUE_TERMS = 12;

  private Facts() {}

  /**
   * The facts of one story.
   *
   * @param articles  the story's articles, clean text (boilerplate removed)
   * @param relations who copied whom, or null to count every article as its own origin
   * @param analyzer  the engine's analyzer (language detection, stems)
   */
  public static StoryFacts of(List<Article> articles, ReuseReport relations, TextAnalyzer analyzer) {
    return of(articles, relations, Map.of(), analyzer);
  }

  /**
   * The facts of one story from the cleaner's output. Bullet lists that restate the article ("Key
   * points") are boilerplate for reading but still spell the story's names, sometimes differently
   * ("Tony Blinken"), so their lines count for entities, not for facts or the summary.
   */
  public static StoryFacts of(Cleaning cleaned, ReuseReport relations, TextAnalyzer analyzer) {
    Map<String, List<String>> restated = new HashMap<>();
    cleaned.removed().forEach((id, removals) -> removals.stream()
        .filter(r -> r.code() == Cleaning.Reason.RESTATEMENT) // a "Key points" list restating the article
        .forEach(r -> restated.computeIfAbsent(id, k -> new ArrayList<>()).add(r.line())));
    return of(cleaned.articles(), relations, restated, analyzer);
  }

  /** Everything read from the articles, sentence by sentence. */
  private record Reading(List<Summary.Line> lines, List<Figure> figures, List<Quote> quotes, List<Mention> mentions,
                         Map<String, List<int[]>> spans) {}

  private static StoryFacts of(List<Article> articles, ReuseReport relations, Map<String, List<String>> nameLines,
                               TextAnalyzer analyzer) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(analyzer, "analyzer");
    List<Article> withLanguage = new ArrayList<>();
    for (Article a : articles) {
      withLanguage.add(a.language() == null || a.language().isBlank()
          ? a.withLanguage(analyzer.detectLanguage(a.fullText())) : a);
    }
    Reading r = read(withLanguage, nameLines, analyzer);
    Sources sources = new Sources(withLanguage, relations, r.spans());
    List<Entity> entities = Entities.merge(r.mentions());
    List<Fact> facts = new ArrayList<>();
    Map<Figure, Fact> figureFacts = new IdentityHashMap<>(); // records hash their whole content: key by identity
    facts.addAll(FigureFacts.of(r.figures(), sources, figureFacts));
    facts.addAll(quoteFacts(r.quotes(), sources, entities));
    Map<Summary.Line, Fact> lineFacts = new IdentityHashMap<>();
    facts.addAll(statementFacts(r.lines(), sources, lineFacts));
    facts.sort(Comparator.comparingInt((Fact f) -> -f.independentSources())
        .thenComparingInt(f -> -f.sources().size())
        .thenComparing(Fact::kind));
    List<String> summary = Summary.choose(r.lines(), sources.roots(), lineFacts, r.figures(), figureFacts);
    return new StoryFacts(facts, entities, summary);
  }

  private static Reading read(List<Article> articles, Map<String, List<String>> nameLines, TextAnalyzer analyzer) {
    Set<String> lowerCase = new HashSet<>();
    for (Article a : articles) {
      for (String w : a.text().split("[^\\p{L}\\p{M}'’\\-]+")) {
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          lowerCase.add(w);
        }
      }
    }
    Reading r = new Reading(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new HashMap<>());
    Stems stems = new Stems(analyzer);
    for (Article a : articles) {
      String text = a.text();
      for (String line : nameLines.getOrDefault(a.id(), List.of())) {
        for (int[] span : Sentences.split(line, a.language())) {
          r.mentions().addAll(mentions(a.id(), line.substring(span[0], span[1]), lowerCase));
        }
      }
      List<int[]> spans = Sentences.split(text, a.language());
      r.spans().put(a.id(), spans);
      for (int i = 0; i < spans.size(); i++) {
        String s = text.substring(spans.get(i)[0], spans.get(i)[1]);
        r.lines().add(new Summary.Line(a.id(), a.language(), s, i, spans.size(), Words.terms(analyzer, s, a.language())));
        r.figures().addAll(Figures.find(stems, a.id(), a.language(), s, i));
        r.mentions().addAll(mentions(a.id(), s, lowerCase));
      }
      r.quotes().addAll(Quotes.find(a.id(), text));
    }
    for (Quote q : r.quotes()) {
      if (q.speaker() != null) {
        r.mentions().add(new Mention(q.speaker(), "person", q.article()));
      }
    }
    return r;
  }

  /*
   * Quotes: the same words (Quotes.same) are one quote however many articles carry them. Quotes are
   * facts, never disputes: two quotes of one person in different words are two things said.
   * Identical word sets fold first, so a story of near-copies compares each distinct quote once.
   */
  /** The names of one sentence of an article, as mentions of it. */
  private static List<Mention> mentions(String article, String sentence, Set<String> lowerCase) {
    return org.storyfold.text.Names.find(sentence, lowerCase).stream()
        .map(n -> new Mention(n.spelling(), n.type(), article)).toList();
  }

  private static List<Fact> quoteFacts(List<Quote> quotes, Sources sources, List<Entity> entities) {
    Map<String, String> canonical = new HashMap<>();
    for (Entity e : entities) {
      e.variants().forEach(v -> canonical.putIfAbsent(Entities.key(v), e.name()));
    }
    List<Fact> out = new ArrayList<>();
    for (List<Quote> g : Grouping.of(quotes, q -> String.join(" ", new TreeSet<>(q.terms())), Quotes::same)) {
      Quote best = g.stream().max(Comparator.comparingInt((Quote q) -> q.words().length())).orElseThrow();
      Map<String, Integer> speakers = new HashMap<>();
      g.stream().map(Quote::speaker).filter(Objects::nonNull)
          .forEach(s -> speakers.merge(canonical.getOrDefault(Entities.key(s), s), 1, Integer::sum));
      String speaker = speakers.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
          .orElse(null);
      Set<String> articles = new TreeSet<>();
      g.forEach(q -> articles.add(q.article()));
      String text = (speaker == null ? "" : speaker + ": ") + "“" + best.words() + "”";
      Set<String> where = new HashSet<>();
      articles.forEach(a -> where.add(a + "#q"));
      out.add(new Fact(Fact.Kind.QUOTE, text, String.join(" ", best.terms()), List.copyOf(articles),
          sources.independent(where), List.of(), null));
    }
    return out;
  }

  /*
   * Statements: sentences of different articles that say the same thing, found by their stemmed
   * content terms (overlap coefficient >= 0.6 and Jaccard >= 0.35, at least five terms each). Only
   * statements carried by two articles or more are facts; what a single article says alone is in
   * its figures and quotes. Candidate pairs come from prefix filtering (Grouping.similarSets).
   */
  private static List<Fact> statementFacts(List<Summary.Line> lines, Sources sources, Map<Summary.Line, Fact> index) {
    List<Summary.Line> usable = lines.stream().filter(l -> l.terms().size() >= MIN_STATEMENT_TERMS).toList();
    List<Fact> out = new ArrayList<>();
    for (List<Summary.Line> g : Grouping.similarSets(usable, Summary.Line::terms, Summary.Line::article,
        STATEMENT_JACCARD, Facts::sameStatement)) {
      Set<String> articles = new TreeSet<>();
      Set<String> where = new HashSet<>();
      g.forEach(l -> {
        articles.add(l.article());
        where.add(l.key());
      });
      if (articles.size() < 2) {
        continue;
      }
      Map<String, String> roots = sources.roots();
      Summary.Line best = g.stream().min(Comparator
          .comparingInt((Summary.Line l) -> roots.getOrDefault(l.article(), l.article()).equals(l.article()) ? 0 : 1)
          .thenComparingInt(l -> l.text().length())).orElseThrow();
      Map<String, Integer> termCounts = new HashMap<>();
      g.forEach(l -> l.terms().forEach(t -> termCounts.merge(t, 1, Integer::sum)));
      List<String> shared = best.terms().stream().filter(t -> termCounts.get(t) * 2 >= g.size())
          .limit(STATEMENT_VALUE_TERMS).toList();
      Fact f = new Fact(Fact.Kind.STATEMENT, best.text(), String.join(" ", shared), List.copyOf(articles),
          sources.independent(where), List.of(), null);
      out.add(f);
      g.forEach(l -> index.put(l, f));
    }
    return out;
  }

  /** Whether two sentences say the same (the caller keeps one article from confirming itself). */
  private static boolean sameStatement(Summary.Line a, Summary.Line b) {
    int shared = Words.intersection(a.terms(), b.terms());
    double jaccard = (double) shared / (a.terms().size() + b.terms().size() - shared);
    return Words.overlap(a.terms(), b.terms()) >= STATEMENT_OVERLAP && jaccard >= STATEMENT_JACCARD;
  }
}
