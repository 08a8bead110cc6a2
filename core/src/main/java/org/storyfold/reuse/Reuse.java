package org.storyfold.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyfold.story.Article;
import org.storyfold.text.Embedder;
import org.storyfold.text.TextAnalyzer;

/**
 * Who copied whom within a story: passage alignment between every pair of articles (see
 * {@link Aligner}), then a relation per article and its originality.
 *
 * <p>Relations. For a pair, the share of each text's sentences aligned with the other says how much
 * of it is found there. The derived text is the later one when both publication times are known;
 * otherwise it is the one more contained in the other, and, when containment is close, the one that
 * lacks names and numbers the other has (copies shed details, they rarely invent them). Each article
 * then takes as its source the article it derives from with the largest share: {@code copy} when
 * nearly all of it is aligned verbatim, {@code near-copy} when most of it is aligned verbatim or with
 * small edits, {@code rewrite} when a good part of it is paraphrased, {@code translation} when the
 * alignment crosses languages (names and numbers only). An article that no other derives from and
 * that derives from none is {@code independent}; one that others derive from is {@code original}.
 * Originality is the share of an article's sentences aligned with no other article of the story.
 *
 * <p>Cost: every pair of articles, every pair of their sentences (int-array merges) plus a hash
 * scan for verbatim runs; 50 articles of 25 sentences make about 750,000 sentence pairs.
 */
public final class Reuse {
  static final int CONTENT_WORDS = 6;
  static final double COPY = 0.8;
  static final double NEAR_COPY = 0.5;
  static final double REWRITE = 0.3;
  static final double TRANSLATION = 0.3;
  static final double PARTIAL = 0.15;
  /** Aligned sentences a rewrite needs: one to three restated facts are one event, not a rewrite. */
  static final int MIN_EVIDENCE = 4;
  /** Share of a rewrite's matched sentences that keep the source's order (seed 001 keeps 0.7-0.8). */
  static final double IN_ORDER = 0.7;
  /** Difference in fan-in (see {@link #fanIn}) that decides a direction on its own. */
  static final double FAN_IN = 0.25;
  /** Sentence-pair similarity from which two sentences are called the same content (MSRP train). */
  static final double SAME_SENTENCE = 0.42;
  /** Factor on the similarity of two sentences that disagree on names or numbers (MSRP train). */
  static final double DISAGREEMENT = 0.8;
  /** Factor on the similarity of two sentences whose numbers are all different (MSRP train). */
  static final double OTHER_NUMBERS = 0.8;
  /** Threshold on the combined model's probability, for {@link #Reuse(TextAnalyzer, TermWeights, double, Embedder)}. */
  public static final double SAME_SENTENCE_EMBEDDED = SentenceModel.THRESHOLD;
  /** Topical overlap from which two articles are called the same story (not yet fitted: SemEval 2022 is). */
  static final double SAME_STORY = 0.2;

  private final TextAnalyzer analyzer;
  private final TermWeights weights;
  private final double sameSentence;
  /** Sentence vectors for {@link #comparison}, or null for the lexical measure alone. */
  private final Embedder embedder;
  private final ReuseConfig config;
  private final StorySimilarity story;

  /** Story-local term weights, the tuned thresholds, no sentence embedding. */
  public Reuse() {
    this(new TextAnalyzer(), TermWeights.UNIFORM, SAME_SENTENCE);
  }

  /**
   * Lone sentences compared with the combined model ({@link SentenceModel}: embedding cosine, lexical
   * similarity, name and number clashes) when {@code embedder} is not null. The story alignment of
   * {@link #report} stays lexical either way: it compares hundreds of thousands of sentence pairs.
   */
  public Reuse(Embedder embedder) {
    this(new TextAnalyzer(), TermWeights.UNIFORM, embedder == null ? SAME_SENTENCE : SAME_SENTENCE_EMBEDDED, embedder);
  }

  /**
   * Sharing the engine's analyzer (its language model is loaded once); lone sentences use the
   * combined model when {@code embedder} is not null.
   */
  public Reuse(TextAnalyzer analyzer, Embedder embedder) {
    this(analyzer, TermWeights.UNIFORM, embedder == null ? SAME_SENTENCE : SAME_SENTENCE_EMBEDDED, embedder);
  }

  /** With term weights from a reference corpus (used for single-sentence comparisons). */
  public Reuse(TextAnalyzer analyzer, TermWeights weights, double sameSentence) {
    this(analyzer, weights, sameSentence, null);
  }

  /**
   * With term weights from a reference corpus and, when not null, an embedder for lone sentences;
   * {@code sameSentence} is then a threshold on the combined model's probability.
   */
  public Reuse(TextAnalyzer analyzer, TermWeights weights, double sameSentence, Embedder embedder) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.weights = Objects.requireNonNull(weights, "weights");
    this.sameSentence = sameSentence;
    this.embedder = embedder;
    this.config = ReuseConfig.defaults();
    this.story = new StorySimilarity(analyzer, config);
  }

  /**
   * The story-similarity signals of every pair of articles ({@code {a, b}}), with document frequencies
   * over the batch: the inputs of {@link StorySimilarity}'s linear model, for fitting it.
   */
  public double[][] storyFeatures(List<String[]> pairs) {
    return story.features(pairs);
  }

  /** Whether lone sentences are compared with their embeddings too. */
  public boolean embeds() {
    return embedder != null;
  }

  /**
   * Aligns the articles of one story and says who copied whom. Builds an engine (and loads its
   * language model) on every call: for one-off use; keep a {@code Reuse} to describe many stories.
   */
  public static ReuseReport analyze(List<Article> storyArticles) {
    return new Reuse().report(storyArticles);
  }

  /** Scores two texts for {@code storyfold pairs}, with a new engine (see {@link #analyze}). */
  public static Comparison compare(String a, String b) {
    return new Reuse().comparison(a, b);
  }

  /** Builds the term weights of a reference corpus of sentences, for {@link #Reuse(TextAnalyzer, TermWeights, double)}. */
  public static TermWeights weightsOf(List<String> sentences, String language, TextAnalyzer analyzer) {
    List<List<String>> docs = new ArrayList<>();
    Lexicon lexicon = new Lexicon(TermWeights.UNIFORM);
    for (String s : sentences) {
      Sentence sent = Doc.sentence(s, 0, s.length(), language, analyzer, lexicon, null, 0);
      List<String> keys = new ArrayList<>();
      for (int id : sent.terms()) {
        keys.add(lexicon.key(id));
      }
      for (int id : sent.wordSet()) {
        keys.add(lexicon.key(id));
      }
      docs.add(keys);
    }
    return TermWeights.of(docs);
  }

  public ReuseReport report(List<Article> articles) {
    Lexicon lexicon = new Lexicon(weights);
    List<Doc> docs = new ArrayList<>();
    for (Article a : articles) {
      String lang = a.language() == null || a.language().isBlank() ? analyzer.detectLanguage(a.fullText()) : a.language();
      docs.add(new Doc(a, lang, Sentences.split(a.text(), lang), analyzer, lexicon));
    }
    if (weights == TermWeights.UNIFORM) {
      lexicon.weigh(storyWeights(docs, lexicon));
    }
    LexicalSimilarity lexical = new LexicalSimilarity(lexicon);
    Aligner aligner = new Aligner(lexical, lexical);
    int n = docs.size();
    double[][] shared = new double[n][n];
    Aligner.Alignment[][] al = new Aligner.Alignment[n][n];
    byte[][] anyAligned = new byte[n][];
    for (int p = 0; p < n; p++) {
      anyAligned[p] = new byte[docs.get(p).sentences.length];
    }
    // Only candidate pairs are aligned (see Candidates): near-linear in the story's size.
    List<int[]> pairs = Candidates.of(docs);
    List<List<Integer>> partners = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      partners.add(new ArrayList<>());
    }
    for (int[] pq : pairs) {
      int p = pq[0];
      int q = pq[1];
      Aligner.Alignment x = aligner.align(docs.get(p), docs.get(q));
      al[p][q] = x;
      shared[p][q] = share(docs.get(p), x.kindA());
      shared[q][p] = share(docs.get(q), x.kindB());
      or(anyAligned[p], x.kindA());
      or(anyAligned[q], x.kindB());
      partners.get(p).add(q);
      partners.get(q).add(p);
    }
    Relation.Kind[] kind = new Relation.Kind[n];
    int[] source = new int[n];
    boolean[] isSource = new boolean[n];
    // Pairwise direction is not transitive (a copies b, b copies c, c copies a can each look right
    // pair by pair), so sources are assigned greedily, strongest derivation first, and an edge that
    // would close a cycle is skipped: the relations form a forest whose roots are the originals.
    // Same-language derivations go first; a translation then attaches an article that nothing in
    // its own language derives from to its closest partner in another language. A translation has
    // no evidence of direction of its own, and an article copied in its own language is the source.
    List<double[]> edges = new ArrayList<>();
    Map<Long, Relation.Kind> edgeKind = new java.util.HashMap<>();
    for (int p = 0; p < n; p++) {
      source[p] = -1;
      for (int q : partners.get(p)) {
        if (!docs.get(p).language.equals(docs.get(q).language) || !derives(docs, al, shared, p, q)) {
          continue;
        }
        Relation.Kind k = kindOf(docs, al, shared, p, q);
        if (k != null && shared[p][q] > 0) {
          edges.add(new double[] {shared[p][q], p, q});
          edgeKind.put((long) p * n + q, k);
        }
      }
    }
    edges.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
        : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    for (double[] e : edges) {
      int p = (int) e[1];
      int q = (int) e[2];
      if (source[p] < 0 && !descends(q, p, source)) {
        source[p] = q;
        kind[p] = edgeKind.get((long) p * n + q);
        isSource[q] = true;
      }
    }
    List<double[]> crossings = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      for (int q : partners.get(p)) {
        // q copied in its own language is the source; otherwise the pair's own evidence decides
        if (!docs.get(p).language.equals(docs.get(q).language) && shared[p][q] >= TRANSLATION
            && (isSource[q] || derives(docs, al, shared, p, q))
            && kindOf(docs, al, shared, p, q) == Relation.Kind.TRANSLATION) {
          crossings.add(new double[] {shared[p][q], p, q});
        }
      }
    }
    crossings.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
        : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    for (double[] e : crossings) {
      int p = (int) e[1];
      int q = (int) e[2];
      if (source[p] < 0 && !isSource[p] && !descends(q, p, source)) {
        source[p] = q;
        kind[p] = Relation.Kind.TRANSLATION;
        isSource[q] = true;
      }
    }
    Map<String, Relation> relations = new LinkedHashMap<>();
    Map<String, Double> originality = new LinkedHashMap<>();
    for (int p = 0; p < n; p++) {
      String id = docs.get(p).article.id();
      relations.put(id, source[p] >= 0
          ? new Relation(kind[p], docs.get(source[p]).article.id(), shared[p][source[p]])
          : new Relation(isSource[p] ? Relation.Kind.ORIGINAL : Relation.Kind.INDEPENDENT, null, 0));
      originality.put(id, 1 - share(docs.get(p), anyAligned[p]));
    }
    return new ReuseReport(links(docs, al, shared, source, partners), relations, originality);
  }

  /**
   * The links that explain each article, directed from the source to the derived article: its link
   * to its source, and its {@link ReuseConfig#linksPerArticle} strongest other partners sharing
   * passages (by share), so a story of 600 copies gives some 2,400 links, not 180,000. Direction as
   * the relations say when one of the two derives from the other, else by the pair's own evidence.
   */
  private List<Link> links(List<Doc> docs, Aligner.Alignment[][] al, double[][] shared, int[] source,
                           List<List<Integer>> partners) {
    int n = docs.size();
    java.util.Set<Long> chosen = new java.util.TreeSet<>();
    for (int p = 0; p < n; p++) {
      final int self = p;
      if (source[p] >= 0) {
        chosen.add(pairKey(p, source[p]));
      }
      partners.get(p).stream()
          .filter(q -> q != source[self] && !al[Math.min(self, q)][Math.max(self, q)].passages().isEmpty())
          .sorted((x, y) -> Double.compare(Math.max(shared[self][y], shared[y][self]), Math.max(shared[self][x], shared[x][self])))
          .limit(config.linksPerArticle())
          .forEach(q -> chosen.add(pairKey(self, q)));
    }
    List<Link> links = new ArrayList<>();
    for (long key : chosen) {
      int p = (int) (key >>> 32);
      int q = (int) key;
      Aligner.Alignment x = al[p][q];
      if (x.passages().isEmpty()) {
        continue;
      }
      boolean pDerived = source[p] == q || source[q] != p && derives(docs, al, shared, p, q);
      int derived = pDerived ? p : q;
      int from = pDerived ? q : p;
      Relation.Kind k = kindOf(docs, al, shared, derived, from);
      // the alignment's spans run p then q; a link's run source then derived
      List<Passage> passages = x.passages();
      if (pDerived) {
        List<Passage> flipped = new ArrayList<>();
        for (Passage ps : passages) {
          flipped.add(new Passage(ps.kind(), ps.toSpan(), ps.fromSpan()));
        }
        passages = flipped;
      }
      links.add(new Link(docs.get(from).article.id(), docs.get(derived).article.id(),
          k == null ? Relation.Kind.INDEPENDENT : k, shared[derived][from], passages));
    }
    return links;
  }

  private static long pairKey(int p, int q) {
    return ((long) Math.min(p, q) << 32) | Math.max(p, q);
  }

  /** Whether {@code q} already derives, through the chain of sources, from {@code p}. */
  private static boolean descends(int q, int p, int[] source) {
    for (int at = q, steps = 0; at >= 0 && steps <= source.length; at = source[at], steps++) {
      if (at == p) {
        return true;
      }
    }
    return false;
  }

  /** Whether article p derives from article q (see the class comment). */
  static boolean derives(List<Doc> docs, Aligner.Alignment[][] al, double[][] shared, int p, int q) {
    Article a = docs.get(p).article;
    Article b = docs.get(q).article;
    if (a.published() != null && b.published() != null && !a.published().isEqual(b.published())) {
      return a.published().isAfter(b.published());
    }
    Aligner.Alignment x = p < q ? al[p][q] : al[q][p];
    double fanP = fanIn(p < q ? x.targetA() : x.targetB());
    double fanQ = fanIn(p < q ? x.targetB() : x.targetA());
    if (Math.abs(fanP - fanQ) >= FAN_IN) {
      return fanP > fanQ;
    }
    int onlyP = LexicalSimilarity.minus(docs.get(p).allAnchors, docs.get(q).allAnchors);
    int onlyQ = LexicalSimilarity.minus(docs.get(q).allAnchors, docs.get(p).allAnchors);
    double evidence = shared[p][q] - shared[q][p] + 0.5 * (onlyQ - onlyP) / (double) (onlyP + onlyQ + 1);
    return evidence > 0 || evidence == 0 && p > q;
  }

  /** Matched sentences per distinct sentence matched: above 1 when a text splits the other's sentences. */
  static double fanIn(int[] targets) {
    int matched = 0;
    java.util.Set<Integer> distinct = new java.util.HashSet<>();
    for (int t : targets) {
      if (t >= 0) {
        matched++;
        distinct.add(t);
      }
    }
    return distinct.isEmpty() ? 1 : matched / (double) distinct.size();
  }

  /**
   * The kind of derivation of p from q, or null when p is its own reporting. Quoted sentences are left
   * out of every count (the same quote in two papers is one event, not a copy). Aligned wording
   * (verbatim or lightly edited sentences) is evidence of copying; paraphrased sentences are evidence
   * only in number, since two reports of one event restate the same facts: a rewrite needs
   * {@link #MIN_EVIDENCE} of them and a good share of both texts.
   */
  static Relation.Kind kindOf(List<Doc> docs, Aligner.Alignment[][] al, double[][] shared, int p, int q) {
    byte[] kinds = p < q ? al[p][q].kindA() : al[q][p].kindB();
    Sentence[] sents = docs.get(p).sentences;
    int[] counts = new int[Aligner.KIND_COUNT];
    int content = 0;
    for (int i = 0; i < kinds.length; i++) {
      if (!sents[i].quoted()) {
        counts[kinds[i]]++;
        content += sents[i].words().length >= CONTENT_WORDS || kinds[i] != Aligner.NONE ? 1 : 0;
      }
    }
    int aligned = kinds.length - counts[Aligner.NONE] - quoted(sents);
    int wording = counts[Aligner.VERBATIM] + counts[Aligner.EDITED];
    // a rewrite pads and splits, so how much of the source it carries counts as much as its own share
    double s = Math.max(shared[p][q], shared[q][p]);
    if (counts[Aligner.TRANSLATION] > aligned / 2 && s >= TRANSLATION && aligned >= 2) {
      return Relation.Kind.TRANSLATION;
    }
    if (s >= COPY && counts[Aligner.VERBATIM] >= COPY * aligned && wording >= 2) {
      return Relation.Kind.COPY;
    }
    if (s >= NEAR_COPY && wording >= 0.5 * aligned && wording >= 2) {
      return Relation.Kind.NEAR_COPY;
    }
    int[] targets = p < q ? al[p][q].targetA() : al[q][p].targetB();
    if (s >= REWRITE && aligned >= MIN_EVIDENCE && Math.min(shared[p][q], shared[q][p]) >= PARTIAL
        && inOrder(targets) >= IN_ORDER * matched(targets) && aligned - counts[Aligner.VERBATIM] >= 0.5 * aligned) {
      return Relation.Kind.REWRITE;
    }
    return wording >= 2 && wording >= PARTIAL * content ? Relation.Kind.PARTIAL : null;
  }

  /**
   * Matched sentences that follow the other text's order (longest increasing run of targets): a
   * rewrite walks through its source; two reports of one event tell its facts in their own order.
   */
  static int inOrder(int[] targets) {
    int[] tails = new int[targets.length];
    int len = 0;
    for (int t : targets) {
      if (t < 0) {
        continue;
      }
      int i = java.util.Arrays.binarySearch(tails, 0, len, t);
      i = i < 0 ? -i - 1 : i;
      tails[i] = t;
      len = Math.max(len, i + 1);
    }
    return len;
  }

  private static int matched(int[] targets) {
    int n = 0;
    for (int t : targets) {
      n += t >= 0 ? 1 : 0;
    }
    return n;
  }

  private static int quoted(Sentence[] sents) {
    int n = 0;
    for (Sentence s : sents) {
      n += s.quoted() ? 1 : 0;
    }
    return n;
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

  /**
   * Two sentences (or short texts) compared as units; two longer texts compared as articles. With an
   * embedder, sentences are embedded here one at a time; to compare many, embed them in one
   * {@link Embedder#embedAll} call and use {@link #comparison(String, String, float[], float[])}.
   */
  public Comparison comparison(String a, String b) {
    requireText(a, b);
    if (embedder != null && !looksLikeArticles(a, b)) {
      return comparison(a, b, embedder.embed(a), embedder.embed(b));
    }
    return comparison(a, b, null, null);
  }

  /** An empty or blank side cannot be compared: refused with a message that says which. */
  private static void requireText(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.isBlank() || b.isBlank()) {
      throw new IllegalArgumentException(a.isBlank() && b.isBlank() ? "both texts are empty"
          : (a.isBlank() ? "first" : "second") + " text is empty");
    }
  }

  private boolean looksLikeArticles(String a, String b) {
    return Sentences.split(a, analyzer.detectLanguage(a)).size() > 3
        && Sentences.split(b, analyzer.detectLanguage(b)).size() > 3;
  }

  /**
   * As {@link #comparison(String, String)}, with the sentences' unit vectors given (both null: the
   * lexical measure alone). The similarity is then the combined model's probability of a paraphrase.
   */
  public Comparison comparison(String a, String b, float[] va, float[] vb) {
    requireText(a, b);
    if (looksLikeArticles(a, b)) {
      return articles(a, b);
    }
    String lang = analyzer.detectLanguage(a + "\n" + b);
    Lexicon lexicon = new Lexicon(weights);
    Sentence x = Doc.sentence(a, 0, a.length(), lang, analyzer, lexicon, null, 0);
    Sentence y = Doc.sentence(b, 0, b.length(), lang, analyzer, lexicon, null, 0);
    double lexical = new LexicalSimilarity(lexicon).score(x, y);
    double score = lexical;
    boolean otherFacts = false;
    if (va != null && vb != null) {
      double[] f = SentenceModel.features(x, y, lexical, SentenceModel.cosine(va, vb));
      score = SentenceModel.probability(f);
      otherFacts = SentenceModel.swapsFactsOnly(x, y, f, lexicon);
      if (otherFacts) {
        score = Math.min(score, 0.5 * sameSentence); // the same frame with other facts: another statement
      }
    } else if (x.numbers().length > 0 && y.numbers().length > 0 && LexicalSimilarity.common(x.numbers(), y.numbers()) == 0) {
      score *= OTHER_NUMBERS; // other figures: another statement
    } else if (!Aligner.agree(x, y)) {
      score *= DISAGREEMENT; // other names: likely another statement
    }
    boolean same = score >= sameSentence;
    Comparison.Kind relation;
    if (java.util.Arrays.equals(x.words(), y.words())) {
      relation = Comparison.Kind.VERBATIM;
    } else if (!otherFacts && Aligner.classify(x, y, score, sameSentence) == Aligner.EDITED) {
      relation = Comparison.Kind.EDITED;
    } else {
      relation = same ? Comparison.Kind.PARAPHRASE : Comparison.Kind.DIFFERENT;
    }
    return new Comparison(Math.min(1, score), same, relation);
  }

  /**
   * The combined model's inputs for two sentences (see {@link SentenceModel#features}), for fitting
   * it on labelled pairs; {@code va} and {@code vb} are the sentences' unit vectors.
   */
  public double[] sentenceFeatures(String a, String b, float[] va, float[] vb) {
    String lang = analyzer.detectLanguage(a + "\n" + b);
    Lexicon lexicon = new Lexicon(weights);
    Sentence x = Doc.sentence(a, 0, a.length(), lang, analyzer, lexicon, null, 0);
    Sentence y = Doc.sentence(b, 0, b.length(), lang, analyzer, lexicon, null, 0);
    return SentenceModel.features(x, y, new LexicalSimilarity(lexicon).score(x, y), SentenceModel.cosine(va, vb));
  }

  /**
   * Two articles: the same story when their story similarity ({@link StorySimilarity}: terms, romanized
   * words, names and numbers, in any two languages) reaches {@link ReuseConfig#sameStory}, or when one
   * reuses the other. The relation is that of the first article to the second.
   */
  private Comparison articles(String a, String b) {
    StorySimilarity.Profile pa = story.profile(a);
    StorySimilarity.Profile pb = story.profile(b);
    double topical = story.similarity(story.features(pa, pb, StorySimilarity.Frequencies.NONE));
    ReuseReport r = report(List.of(new Article("a", null, null, "", a, null, pa.language()),
        new Article("b", null, null, "", b, null, pb.language())));
    double reused = 1 - Math.min(r.originality().get("a"), r.originality().get("b"));
    Relation rel = r.relations().get("a");
    Comparison.Kind relation = rel.of() != null ? Comparison.Kind.of(rel.kind())
        : r.relations().get("b").of() != null ? Comparison.Kind.ORIGINAL : Comparison.Kind.INDEPENDENT;
    return new Comparison(Math.max(topical, reused), topical >= config.sameStory() || reused >= REWRITE, relation);
  }

  /**
   * The share of a text's sentences that are aligned, counting only sentences of at least
   * {@link #CONTENT_WORDS} words: captions, bylines and "Subscribe now" lines decide nothing.
   */
  static double share(Doc d, byte[] kinds) {
    int n = 0;
    int aligned = 0;
    for (int i = 0; i < kinds.length; i++) {
      if (d.sentences[i].quoted()) {
        continue; // someone's words: every outlet at the event may carry them
      }
      if (d.sentences[i].words().length >= CONTENT_WORDS || kinds[i] != 0) {
        n++;
        aligned += kinds[i] != 0 ? 1 : 0;
      }
    }
    return n == 0 ? 0 : aligned / (double) n;
  }

  private static void or(byte[] into, byte[] kinds) {
    for (int i = 0; i < into.length; i++) {
      into[i] |= kinds[i] != 0 ? 1 : 0;
    }
  }
}
