package org.storyfold.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.storyfold.story.Article;
import org.storyfold.text.TextAnalyzer;

/**
 * Who copied whom within one story: its articles prepared ({@link Doc}), candidate pairs aligned
 * ({@link AlignedStory}), sources chosen ({@link Forest}), then each article's relation, its
 * originality (the share of its sentences aligned with no other article) and the links that explain
 * it.
 */
final class StoryReporter {
  private final TextAnalyzer analyzer;
  private final TermWeights weights;
  private final Derivation rules;

  StoryReporter(TextAnalyzer analyzer, TermWeights weights, Derivation rules) {
    this.analyzer = analyzer;
    this.weights = weights;
    this.rules = rules;
  }

  /**
   * The report of a story; one larger than {@link ReuseConfig#maxAligned} is aligned on its
   * {@link Representatives} only, the others listed as not aligned.
   */
  ReuseReport report(List<Article> story) {
    List<Article> articles = Representatives.of(story, rules.config().maxAligned());
    List<String> notAligned = new ArrayList<>();
    if (articles.size() < story.size()) {
      Set<String> aligned = new java.util.HashSet<>();
      articles.forEach(a -> aligned.add(a.id()));
      story.stream().map(Article::id).filter(id -> !aligned.contains(id)).forEach(notAligned::add);
    }
    Lexicon lexicon = new Lexicon(weights);
    List<Doc> docs = prepare(articles, lexicon);
    LexicalSimilarity lexical = new LexicalSimilarity(lexicon);
    AlignedStory s = AlignedStory.align(docs, new Aligner(lexical, lexical), rules);
    Forest forest = Forest.of(s, rules);
    Map<String, Relation> relations = new LinkedHashMap<>();
    Map<String, Double> originality = new LinkedHashMap<>();
    for (int p = 0; p < s.size(); p++) {
      int q = forest.source[p];
      relations.put(s.id(p), q >= 0 ? new Relation(forest.kind[p], s.id(q), s.shared[p][q])
          : new Relation(forest.isSource[p] ? Relation.Kind.ORIGINAL : Relation.Kind.INDEPENDENT, null, 0));
      originality.put(s.id(p), 1 - rules.share(docs.get(p), s.anyAligned[p]));
    }
    return new ReuseReport(links(s, forest.source), relations, originality, notAligned);
  }

  private List<Doc> prepare(List<Article> articles, Lexicon lexicon) {
    List<Doc> docs = new ArrayList<>();
    for (Article a : articles) {
      String lang = a.language() == null || a.language().isBlank() ? analyzer.detectLanguage(a.fullText()) : a.language();
      docs.add(new Doc(a, lang, Sentences.split(a.text(), lang), analyzer, lexicon));
    }
    if (weights == TermWeights.UNIFORM) {
      lexicon.weigh(storyWeights(docs, lexicon));
    }
    return docs;
  }

  /**
   * The links that explain each article, directed from the source to the derived article: its link
   * to its source, and its {@link ReuseConfig#linksPerArticle} strongest other partners sharing
   * passages (by share), so a story of 600 copies gives some 2,400 links, not 180,000. Direction as
   * the relations say when one of the two derives from the other, else by the pair's own evidence.
   */
  private List<Link> links(AlignedStory s, int[] source) {
    Set<Long> chosen = new TreeSet<>();
    for (int p = 0; p < s.size(); p++) {
      final int self = p;
      if (source[p] >= 0) {
        chosen.add(pairKey(p, source[p]));
      }
      s.partners.get(p).stream()
          .filter(q -> q != source[self] && !s.alignment(self, q).passages().isEmpty())
          .sorted((x, y) -> Double.compare(strength(s, self, y), strength(s, self, x)))
          .limit(rules.config().linksPerArticle())
          .forEach(q -> chosen.add(pairKey(self, q)));
    }
    List<Link> links = new ArrayList<>();
    for (long key : chosen) {
      Link l = link(s, source, (int) (key >>> 32), (int) key);
      if (l != null) {
        links.add(l);
      }
    }
    return links;
  }

  private Link link(AlignedStory s, int[] source, int p, int q) {
    Aligner.Alignment x = s.alignment(p, q);
    if (x.passages().isEmpty()) {
      return null;
    }
    boolean pDerived = source[p] == q || source[q] != p && rules.derives(s, p, q);
    int derived = pDerived ? p : q;
    int from = pDerived ? q : p;
    Relation.Kind k = rules.kindOf(s, derived, from);
    // the alignment's spans run p then q (p < q); a link's run source then derived
    List<Passage> passages = x.passages();
    if (pDerived) {
      List<Passage> flipped = new ArrayList<>();
      for (Passage ps : passages) {
        flipped.add(new Passage(ps.kind(), ps.toSpan(), ps.fromSpan()));
      }
      passages = flipped;
    }
    return new Link(s.id(from), s.id(derived), k == null ? Relation.Kind.INDEPENDENT : k,
        s.shared[derived][from], passages);
  }

  private static double strength(AlignedStory s, int p, int q) {
    return Math.max(s.shared[p][q], s.shared[q][p]);
  }

  private static long pairKey(int p, int q) {
    return ((long) Math.min(p, q) << 32) | Math.max(p, q);
  }

  /** Inverse sentence frequencies over the story itself: what every article says weighs little. */
  private static TermWeights storyWeights(List<Doc> docs, Lexicon lexicon) {
    List<List<String>> sents = new ArrayList<>();
    for (Doc d : docs) {
      for (Sentence s : d.sentences) {
        List<String> keys = new ArrayList<>();
        for (int id : s.terms()) {
          keys.add(lexicon.key(id));
        }
        sents.add(keys);
      }
    }
    return TermWeights.of(sents);
  }
}
