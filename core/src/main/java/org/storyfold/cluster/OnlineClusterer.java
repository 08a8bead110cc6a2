package org.storyfold.cluster;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyfold.fingerprint.Fingerprint;

/**
 * Grouping one article at a time, with the batch's rule: the same TF-IDF vectors, the same
 * average-link means and thresholds, the same two levels (topics, then events within a topic by the
 * topic's own word frequencies). What the batch takes from the whole batch, this takes from every
 * article added so far: document frequencies are kept over all of them, so a new article is weighed
 * as it would be in a batch of everything stored, not of a small sample.
 *
 * <p>For a new article: candidate articles from an inverted index over its heaviest features (as
 * {@link CandidateIndex} picks them), within the publication window; their stories; the mean cosine
 * of the article to each (average link) under the global weights. The stories at or above the topic
 * threshold are its topic. When the topic holds enough evidence to refine (as the batch refines it),
 * the topic's own vectors decide: the article joins the story it is closest to at the refine
 * threshold, or starts one. A story that the joined story plus the new article now reaches at the
 * same level (the article bridges them) is merged into it.
 *
 * <p>One difference from the batch, for short texts (topics too thin to refine): the batch merges best
 * first, so an article pairs with its own kind before its group is weighed against a neighbouring
 * story, whose mean over the whole group then falls short; an article that arrives before its kind has
 * only the neighbour and would join it for good. So a join, and a merge, must clear the threshold by a
 * margin: {@code noiseMultiple} standard deviations of the chance similarity of two stored articles,
 * over the square root of the smaller side's size (the margin of error of a mean of that many). Staying
 * apart is not final: a later article can still bridge the two. (GoogleNews-TS, first 500, publication
 * order: streamed B-cubed F1 0.740 without the margin, 0.889 with it; batch 0.881.)
 *
 * <p>The caller owns story ids and the order of merges: {@link #place} only decides; {@link #add} and
 * {@link #merge} record what the caller did (also when rebuilding after a restart). Not thread-safe
 * beyond its own synchronized methods: callers decide one article at a time.
 */
public final class OnlineClusterer {
  /**
   * Where a new article goes.
   *
   * @param stories the stories it joins, closest first; more than one when it bridges them (they
   *                become one); empty when it starts a story
   */
  public record Placement(List<String> stories) {
    public Placement {
      stories = List.copyOf(stories);
    }
  }

  private static final long DAY = 86_400L;

  private final ClusterConfig config;
  private final long maxGap;
  private final IntCounts df = new IntCounts();
  /** Feature -> the articles holding it; slot 0 holds the count. */
  private final Postings postings = new Postings();
  private final List<Fingerprint> fps = new ArrayList<>();
  private long[] times = new long[1024];
  private final List<Group> groupOf = new ArrayList<>();
  private final Map<String, Group> groups = new HashMap<>();
  /** Partial scores of stored articles for one new article, and which were touched (cleared after). */
  private double[] acc = new double[1024];
  private int[] touched = new int[1024];

  /** One story: its members (article numbers) and the span of their known publication times. */
  private static final class Group {
    final String id;
    final List<Integer> members = new ArrayList<>();
    long first = AverageLink.UNKNOWN;
    long last = AverageLink.UNKNOWN;
    /** The sum of the members' vectors, over the first {@code sumCount} members, weighed at store size {@code sumAt}. */
    Vec sum;
    int sumCount = -1;
    int sumAt;
    /** Members with at least {@code refineMinTerms} features. */
    int longMembers;

    Group(String id) {
      this.id = id;
    }

    void widen(long from, long to) {
      if (from == AverageLink.UNKNOWN) {
        return;
      }
      first = first == AverageLink.UNKNOWN ? from : Math.min(first, from);
      last = last == AverageLink.UNKNOWN ? to : Math.max(last, to);
    }
  }

  public OnlineClusterer(ClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.maxGap = DAY * config.maxDaysApart();
  }

  /** Articles recorded so far. */
  public synchronized int size() {
    return fps.size();
  }

  /** Decides where an article goes, without recording it. */
  public synchronized Placement place(Fingerprint fp, OffsetDateTime published) {
    Objects.requireNonNull(fp, "fp");
    long t = published == null ? AverageLink.UNKNOWN : published.toEpochSecond();
    int n1 = fps.size() + 1;
    Vec x = global(fp, n1, fp.features());
    Map<Group, Double> topic = new LinkedHashMap<>();
    for (Group g : candidates(fp, x, t, n1)) {
      if (allows(g.first, g.last, t, t)) {
        double mean = x.dot(sum(g, n1)) / g.members.size();
        if (mean >= config.threshold()) {
          topic.put(g, mean);
        }
      }
    }
    if (topic.isEmpty()) {
      return new Placement(List.of());
    }
    List<Group> order = new ArrayList<>(topic.keySet());
    if (refinable(order, fp)) {
      List<Fingerprint> sub = new ArrayList<>();
      int[] offset = new int[order.size() + 1];
      for (int k = 0; k < order.size(); k++) {
        offset[k] = sub.size();
        order.get(k).members.forEach(m -> sub.add(fps.get(m)));
      }
      offset[order.size()] = sub.size();
      sub.add(fp);
      return refined(order, sub, offset, t);
    }
    order.sort(Comparator.comparingDouble((Group g) -> -topic.get(g)));
    Group best = order.get(0);
    // A join is final while staying apart is not (a later article can still merge the two), so a
    // lone article must clear the threshold by the chance variation of a mean over the story's size.
    double spread = config.noiseMultiple() * spread(n1, fp.features());
    if (topic.get(best) < config.threshold() + spread / Math.sqrt(best.members.size())) {
      return new Placement(List.of());
    }
    List<String> out = new ArrayList<>(List.of(best.id));
    Vec bestSum = sum(best, n1);
    for (Group g : order.subList(1, order.size())) {
      if (allows(best, g, t)) {
        Vec other = sum(g, n1);
        double s = other.dot(bestSum) + other.dot(x);
        // The same margin for a merge, over the smaller side: its few articles are what can mislead.
        double smaller = Math.min(best.members.size() + 1.0, g.members.size());
        if (s / ((best.members.size() + 1.0) * g.members.size()) >= config.threshold() + spread / Math.sqrt(smaller)) {
          out.add(g.id);
        }
      }
    }
    return new Placement(out);
  }

  /**
   * A story's sum vector: kept as articles join, and weighed anew once the store has grown by a tenth
   * since (document frequencies drift slowly; weighing every member for every new article would cost
   * the story's size each time). The new article's own count in the frequencies is left out here.
   */
  private Vec sum(Group g, int n1) {
    if (g.sumCount != g.members.size() || n1 > g.sumAt + g.sumAt / 10 + 1) {
      g.sum = Vec.sumOf(g.members.stream().map(m -> global(fps.get(m), n1, NONE)).toList());
      g.sumCount = g.members.size();
      g.sumAt = n1;
    }
    return g.sum;
  }

  private static final int[] NONE = new int[0];

  private double spread = -1;
  private int spreadAt;

  /**
   * How much the similarity of two unrelated stored articles varies by chance: the standard deviation
   * of the cosine over seeded random pairs, taken anew each time the store has grown by half.
   */
  private double spread(int n1, int[] plus) {
    int n = fps.size();
    if (n < 2) {
      return 0;
    }
    if (spread < 0 || n >= spreadAt * 3 / 2 + 1) {
      java.util.SplittableRandom random = new java.util.SplittableRandom(42);
      int pairs = (int) Math.min((long) n * (n - 1) / 2, 2000);
      double sum = 0;
      double squares = 0;
      for (int k = 0; k < pairs; k++) {
        int a = random.nextInt(n);
        int b = random.nextInt(n);
        if (a == b) {
          b = (a + 1) % n;
        }
        double c = global(fps.get(a), n1, plus).dot(global(fps.get(b), n1, plus));
        sum += c;
        squares += c * c;
      }
      double mean = sum / pairs;
      spread = Math.sqrt(Math.max(0, squares / pairs - mean * mean));
      spreadAt = n;
    }
    return spread;
  }

  /** The topic's own vectors decide, at the refine threshold for its size (as the batch refines). */
  private Placement refined(List<Group> order, List<Fingerprint> sub, int[] offset, long t) {
    WeightedVectors local = new WeightedVectors(sub, config);
    int x = sub.size() - 1;
    double threshold = refineThreshold(sub.size());
    double[] mean = new double[order.size()];
    Integer[] rank = new Integer[order.size()];
    for (int k = 0; k < order.size(); k++) {
      for (int i = offset[k]; i < offset[k + 1]; i++) {
        mean[k] += local.cosine(x, i);
      }
      mean[k] /= offset[k + 1] - offset[k];
      rank[k] = k;
    }
    Arrays.sort(rank, Comparator.comparingDouble((Integer k) -> -mean[k]));
    int best = rank[0];
    if (mean[best] < threshold) {
      return new Placement(List.of());
    }
    float[] dense = new float[local.vocabulary];
    int bestSize = offset[best + 1] - offset[best] + 1;
    for (int i = offset[best]; i <= offset[best + 1]; i++) {
      int item = i == offset[best + 1] ? x : i;
      int[] ids = local.ids[item];
      float[] w = local.weights[item];
      for (int j = 0; j < ids.length; j++) {
        dense[ids[j]] += w[j];
      }
    }
    List<String> out = new ArrayList<>(List.of(order.get(best).id));
    for (int k : rank) {
      if (k == best || !allows(order.get(best), order.get(k), t)) {
        continue;
      }
      double s = 0;
      for (int i = offset[k]; i < offset[k + 1]; i++) {
        s += WeightedVectors.dot(local.ids[i], local.weights[i], dense);
      }
      if (s / ((double) bestSize * (offset[k + 1] - offset[k])) >= threshold) {
        out.add(order.get(k).id);
      }
    }
    return new Placement(out);
  }

  /**
   * As the batch: a topic is split only when large enough and its median article long enough to tell
   * events apart (counted from each story's tally of long articles, not by sorting the topic's).
   */
  private boolean refinable(List<Group> topic, Fingerprint fp) {
    int n = 1;
    int longOnes = fp.features().length >= config.refineMinTerms() ? 1 : 0;
    for (Group g : topic) {
      n += g.members.size();
      longOnes += g.longMembers;
    }
    // The median of n sorted counts is the (n/2)-th: it reaches the bar when n - n/2 of them do.
    return config.refineThreshold() > 0 && n >= 4 && longOnes >= n - n / 2;
  }

  /** The batch's refine threshold for a topic of n articles (raised for small topics, whose idf range is narrow). */
  private double refineThreshold(int n) {
    return config.refineThreshold() * Math.max(1, maxIdf(Clusterer.REFERENCE_TOPIC) / maxIdf(n));
  }

  private static double maxIdf(int n) {
    return Math.log((n + 1) / 2.0) + 1;
  }

  /**
   * Records an article in a story (created when new); {@code story} is the caller's id. Returns the
   * article's number (0, 1, 2, ... in the order recorded), by which {@link #regroup} and {@link #move} name it.
   */
  public synchronized int add(Fingerprint fp, OffsetDateTime published, String story) {
    Objects.requireNonNull(fp, "fp");
    Objects.requireNonNull(story, "story");
    int id = fps.size();
    // The signature is not needed here: candidates come from features; dropping it saves half the bytes.
    fps.add(new Fingerprint(NONE, fp.features(), fp.counts(), fp.kinds()));
    if (id == times.length) {
      times = Arrays.copyOf(times, id * 2);
    }
    long t = published == null ? AverageLink.UNKNOWN : published.toEpochSecond();
    times[id] = t;
    for (int f : fp.features()) {
      df.add(f, 1);
      int[] p = postings.get(f);
      if (p == null || p[0] + 1 == p.length) {
        p = p == null ? new int[2] : Arrays.copyOf(p, p.length * 2);
        postings.put(f, p);
      }
      p[++p[0]] = id;
    }
    Group g = groups.computeIfAbsent(story, Group::new);
    g.members.add(id);
    g.longMembers += fp.features().length >= config.refineMinTerms() ? 1 : 0;
    if (g.sumCount == g.members.size() - 1) {
      g.sum = g.sum.plus(global(fp, fps.size(), NONE));
      g.sumCount++;
    }
    g.widen(t, t);
    groupOf.add(g);
    return id;
  }

  /** The story an article (by number) is in now. */
  public synchronized String storyOf(int article) {
    return groupOf.get(article).id;
  }

  /**
   * Records that an article (by number) was moved to another story (created when new) by a second look.
   * The story it leaves keeps its time span (a span only widens); an emptied story is forgotten.
   */
  public synchronized void move(int article, String to) {
    Group from = groupOf.get(article);
    Group t = groups.computeIfAbsent(Objects.requireNonNull(to, "to"), Group::new);
    if (from == t) {
      return;
    }
    boolean isLong = fps.get(article).features().length >= config.refineMinTerms();
    from.members.remove(Integer.valueOf(article));
    from.longMembers -= isLong ? 1 : 0;
    from.sumCount = -1;
    if (from.members.isEmpty()) {
      groups.remove(from.id);
    }
    t.members.add(article);
    t.longMembers += isLong ? 1 : 0;
    t.sumCount = -1;
    t.widen(times[article], times[article]);
    groupOf.set(article, t);
  }

  /**
   * What a second look would group together: the stories named whose texts are long enough to refine
   * ({@link #longTexts}), with such stories their latest
   * articles reach at the topic threshold (their topic), at most {@code maxArticles} articles in all,
   * and their articles' fingerprints and dates, to be grouped by the batch's {@link Clusterer}
   * ({@link #regroup}) without holding this object. The fingerprints are kept without their MinHash
   * signatures, so this look counts a text's copies as articles of their own, where the batch counts
   * them once when it splits a topic ({@link Copies}).
   */
  public synchronized Scope scope(java.util.Collection<String> stories, int maxArticles) {
    java.util.LinkedHashSet<Group> in = new java.util.LinkedHashSet<>();
    int n = fps.size();
    int total = 0;
    for (String id : stories) {
      Group g = groups.get(id);
      if (g == null || in.contains(g) || total + g.members.size() > maxArticles || !longTexts(g)) {
        continue;
      }
      in.add(g);
      total += g.members.size();
      List<Integer> m = g.members;
      for (int k = Math.max(0, m.size() - 3); k < m.size(); k++) {
        int a = m.get(k);
        Fingerprint fp = fps.get(a);
        Vec x = global(fp, n, NONE);
        for (Group c : candidates(fp, x, times[a], n)) {
          if (!in.contains(c) && total + c.members.size() <= maxArticles && longTexts(c) && allows(g, c, times[a])
              && x.dot(sum(c, n)) / c.members.size() >= config.threshold()) {
            in.add(c);
            total += c.members.size();
          }
        }
      }
    }
    int[] articles = new int[total];
    String[] storyOf = new String[total];
    List<Fingerprint> prints = new ArrayList<>(total);
    List<OffsetDateTime> dates = new ArrayList<>(total);
    int k = 0;
    for (Group g : in) {
      for (int a : g.members) {
        articles[k] = a;
        storyOf[k++] = g.id;
        prints.add(fps.get(a));
        dates.add(times[a] == AverageLink.UNKNOWN ? null
            : java.time.Instant.ofEpochSecond(times[a]).atOffset(java.time.ZoneOffset.UTC));
      }
    }
    return new Scope(articles, storyOf, prints, dates);
  }

  /**
   * Whether most of a story's articles are long enough to refine: the batch splits only such topics
   * into events, and only there is an online join order-bound (short texts join with a margin, and on
   * GoogleNews-TS a second look over them lowered streamed F1 from 0.893 to 0.879 for the first 500).
   */
  private boolean longTexts(Group g) {
    return g.longMembers * 2 >= g.members.size();
  }

  /**
   * Stories and their articles taken for a second look.
   *
   * @param articles article numbers
   * @param stories  the story of each when taken
   */
  public record Scope(int[] articles, String[] stories, List<Fingerprint> prints, List<OffsetDateTime> dates) {}

  /**
   * The batch's grouping of a scope: groups of article numbers, largest first. {@code leads} (or null)
   * gives lead vectors of the scope's articles by position, asked as the batch asks them. Its prints have
   * no signatures, so copies count as articles here ({@link #scope}).
   */
  public List<List<Integer>> regroup(Scope scope, LeadVectors leads) {
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> g : new Clusterer(config).cluster(scope.prints(), scope.dates(), leads)) {
      out.add(g.stream().map(i -> scope.articles()[i]).toList());
    }
    return out;
  }

  /** Records that story {@code from} was merged into {@code into}. */
  public synchronized void merge(String from, String into) {
    Group f = groups.get(from);
    Group t = groups.get(into);
    if (f == null || t == null || f == t) {
      return;
    }
    for (int m : f.members) {
      groupOf.set(m, t);
    }
    t.members.addAll(f.members);
    t.longMembers += f.longMembers;
    t.sumCount = -1;
    t.widen(f.first, f.last);
    groups.remove(from);
  }

  /** The stories of the articles most like the new one, by partial dot products over its heaviest features. */
  private List<Group> candidates(Fingerprint fp, Vec x, long t, int n1) {
    int maxPostings = Math.max(config.maxPostings(), (int) Math.ceil(n1 * 0.01));
    Integer[] order = new Integer[x.ids().length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -x.weights()[i]).thenComparingInt(i -> i));
    if (acc.length < fps.size()) {
      acc = new double[Math.max(fps.size(), acc.length * 2)];
      touched = new int[acc.length];
    }
    int t0 = 0;
    int used = 0;
    for (int i : order) {
      if (used >= config.topFeatures()) {
        break;
      }
      int f = x.ids()[i];
      int d = df.get(f);
      int[] p = d < 1 || d + 1 > maxPostings ? null : postings.get(f);
      if (p == null) {
        continue;
      }
      used++;
      for (int k = 1; k <= p[0]; k++) {
        int other = p[k];
        if (allows(times[other], times[other], t, t)) {
          if (acc[other] == 0) {
            touched[t0++] = other;
          }
          acc[other] += x.weights()[i];
        }
      }
    }
    // The best few by partial score (ties: the older article), without sorting every touched one.
    int k = Math.min(config.neighbours(), t0);
    int[] best = new int[k];
    int held = 0;
    for (int n = 0; n < t0; n++) {
      int a = touched[n];
      if (held == k && !better(a, best[held - 1])) {
        continue;
      }
      int at = held == k ? held - 1 : held++;
      while (at > 0 && better(a, best[at - 1])) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = a;
    }
    List<Group> out = new ArrayList<>();
    for (int n = 0; n < held; n++) {
      Group g = groupOf.get(best[n]);
      if (!out.contains(g)) {
        out.add(g);
      }
    }
    for (int n = 0; n < t0; n++) {
      acc[touched[n]] = 0;
    }
    return out;
  }

  private boolean better(int a, int b) {
    return acc[a] > acc[b] || (acc[a] == acc[b] && a < b);
  }

  private boolean allows(Group a, Group b, long t) {
    long first = a.first == AverageLink.UNKNOWN ? t : t == AverageLink.UNKNOWN ? a.first : Math.min(a.first, t);
    long last = a.last == AverageLink.UNKNOWN ? t : t == AverageLink.UNKNOWN ? a.last : Math.max(a.last, t);
    return allows(first, last, b.first, b.last);
  }

  /** Two spans further apart than the window never meet (as {@link AverageLink} judges groups). */
  private boolean allows(long firstA, long lastA, long firstB, long lastB) {
    if (firstA == AverageLink.UNKNOWN || firstB == AverageLink.UNKNOWN) {
      return true;
    }
    return Math.max(firstA, firstB) - Math.min(lastA, lastB) <= maxGap;
  }

  /**
   * An article's vector under the document frequencies of everything recorded plus the new article
   * (whose features are {@code plus}): the batch's weighting over a batch of {@code n} articles.
   */
  private Vec global(Fingerprint f, int n, int[] plus) {
    int[] ids = f.features();
    return new Vec(ids, WeightedVectors.unitWeights(f, config, n,
        i -> df.get(ids[i]) + (Arrays.binarySearch(plus, ids[i]) >= 0 ? 1 : 0)));
  }
}
