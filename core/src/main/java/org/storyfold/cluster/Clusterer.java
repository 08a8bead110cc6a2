package org.storyfold.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.storyfold.fingerprint.Fingerprint;

/**
 * Groups fingerprinted articles into stories in two passes.
 *
 * <p>Topics: candidates from an index, then average linkage over batch-weighted TF-IDF vectors,
 * stopped at a low threshold. This finds everything about, say, earthquakes in one place, but a batch
 * often holds two earthquakes, whose articles share most of their words. Events: within each topic the
 * words are re-weighted by the topic's own document frequencies, so the words every earthquake article
 * uses weigh little and the ones that tell this earthquake from that one (its place, its names, its
 * figures) weigh much; average linkage runs again at a higher threshold, and parts too small to stand
 * alone go back to the part they resemble most. This is the "re-weight within the cluster" idea of
 * scatter/gather-style hierarchical clustering (Cutting et al. 1992), stopped by thresholds.
 */
public final class Clusterer {
  /** Topic size at which {@link ClusterConfig#refineThreshold()} holds as given. */
  static final int REFERENCE_TOPIC = 20;
  /** Topics up to this size are refined over all their pairs (about two million at most). */
  static final int MAX_ALL_PAIRS_TOPIC = 2000;

  private final ClusterConfig config;

  public Clusterer(ClusterConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * @param fps   one fingerprint per article
   * @param dates publication times, parallel to {@code fps}, entries may be null
   * @return groups of indices into {@code fps}, largest first; every index is in exactly one group
   */
  public List<List<Integer>> cluster(List<Fingerprint> fps, List<OffsetDateTime> dates) {
    return cluster(fps, dates, null);
  }

  /**
   * As {@link #cluster(List, List)}, with a source of lead vectors (unit length) that is asked only
   * about articles in doubtful merges: those whose lexical similarity is within a few times what
   * unrelated articles of this batch share by chance. In a large batch that band is empty and the
   * model is never run; in a small one, where the batch's word statistics cannot tell common words
   * from rare ones, the model decides.
   *
   * @param leads lead vectors of articles, or null to decide on words alone
   */
  public List<List<Integer>> cluster(List<Fingerprint> fps, List<OffsetDateTime> dates, LeadVectors leads) {
    Objects.requireNonNull(fps, "fps");
    Objects.requireNonNull(dates, "dates");
    if (fps.size() != dates.size()) {
      throw new IllegalArgumentException("fps and dates differ in length");
    }
    // Null when no article has a date, so that the date check costs nothing.
    List<OffsetDateTime> known = dates.stream().allMatch(Objects::isNull) ? null : dates;
    WeightedVectors vectors = new WeightedVectors(fps, config);
    long[] pairs = CandidateIndex.candidates(vectors, fps, config);
    double sure = vectors.noise() * config.noiseMultiple();
    LeadCache cached = leads == null ? null : new LeadCache(leads, fps.size());
    if (cached != null) {
      cached.prefetch(inDoubt(pairs, vectors, sure));
    }
    List<List<Integer>> topics = new AverageLink(vectors, config.threshold(),
        (a, b, mean) -> datesAllow(a, b, known)
            && (mean >= sure || cached == null || leadAgreement(a, b, cached) >= config.leadThreshold()))
        .cluster(pairs);
    List<List<Integer>> groups = new ArrayList<>();
    for (List<Integer> topic : topics) {
      groups.addAll(refine(topic, fps, known));
    }
    groups.forEach(g -> g.sort(Comparator.naturalOrder()));
    groups.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
    return groups;
  }

  /** Splits one topic into its events, or leaves it whole. */
  private List<List<Integer>> refine(List<Integer> topic, List<Fingerprint> fps, List<OffsetDateTime> dates) {
    // A part must hold minPart articles, or half the topic when the topic is small.
    int minPart = Math.max(2, Math.min(config.minPart(), topic.size() / 2));
    if (config.refineThreshold() <= 0 || topic.size() < 4
        || medianFeatures(topic, fps) < config.refineMinTerms()) {
      return List.of(new ArrayList<>(topic));
    }
    List<Fingerprint> sub = topic.stream().map(fps::get).toList();
    List<OffsetDateTime> subDates = dates == null ? null : topic.stream().map(dates::get).toList();
    WeightedVectors local = new WeightedVectors(sub, config);
    int n = sub.size();
    List<List<Integer>> parts = new AverageLink(local, refineThreshold(n),
        (a, b, mean) -> datesAllow(a, b, subDates)).cluster(pairsWithin(local, sub));
    List<List<Integer>> kept = new ArrayList<>();
    for (List<Integer> part : parts) {
      if (part.size() >= minPart) {
        kept.add(part);
      }
    }
    if (kept.size() <= 1) {
      return List.of(new ArrayList<>(topic));
    }
    for (List<Integer> part : parts) {
      if (part.size() < minPart) {
        for (int item : part) {
          nearest(item, kept, local).add(item);
        }
      }
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> part : kept) {
      out.add(new ArrayList<>(part.stream().map(topic::get).toList()));
    }
    return out;
  }

  /** Every pair of a topic while that is cheap; past that, the candidate index again. */
  private long[] pairsWithin(WeightedVectors local, List<Fingerprint> sub) {
    int n = sub.size();
    if (n > MAX_ALL_PAIRS_TOPIC) {
      return CandidateIndex.candidates(local, sub, config);
    }
    long[] all = new long[n * (n - 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        all[k++] = (long) i * n + j;
      }
    }
    return all;
  }

  /**
   * The refine threshold for a topic of n articles. Within a topic, the largest idf is ln((n+1)/2)+1,
   * so in a small topic rare and common words weigh nearly alike and unrelated events look closer;
   * the threshold is raised by that range for topics smaller than {@link #REFERENCE_TOPIC} articles.
   */
  private double refineThreshold(int n) {
    return config.refineThreshold() * Math.max(1, maxIdf(REFERENCE_TOPIC) / maxIdf(n));
  }

  private static double maxIdf(int n) {
    return Math.log((n + 1) / 2.0) + 1;
  }

  private static List<Integer> nearest(int item, List<List<Integer>> parts, WeightedVectors v) {
    List<Integer> best = parts.get(0);
    double bestMean = -1;
    for (List<Integer> part : parts) {
      double sum = 0;
      for (int other : part) {
        sum += v.cosine(item, other);
      }
      if (sum / part.size() > bestMean) {
        bestMean = sum / part.size();
        best = part;
      }
    }
    return best;
  }

  /** Mean cosine between the lead vectors of two groups: the dot product of their sums over |A||B|. */
  private static double leadAgreement(List<Integer> a, List<Integer> b, IntFunction<float[]> leads) {
    float[] sa = sum(a, leads);
    float[] sb = sum(b, leads);
    double dot = 0;
    for (int i = 0; i < sa.length; i++) {
      dot += sa[i] * sb[i];
    }
    return dot / ((double) a.size() * b.size());
  }

  private static float[] sum(List<Integer> group, IntFunction<float[]> leads) {
    float[] s = null;
    for (int i : group) {
      float[] v = leads.apply(i);
      if (s == null) {
        s = v.clone();
      } else {
        for (int k = 0; k < s.length; k++) {
          s[k] += v[k];
        }
      }
    }
    return s;
  }

  /** Articles in a candidate pair whose similarity passes the threshold but lies in the noise band. */
  private int[] inDoubt(long[] pairs, WeightedVectors vectors, double sure) {
    int n = vectors.size;
    java.util.BitSet doubt = new java.util.BitSet(n);
    for (long p : pairs) {
      int a = (int) (p / n);
      int b = (int) (p % n);
      double s = vectors.cosine(a, b);
      if (s >= config.threshold() && s < sure) {
        doubt.set(a);
        doubt.set(b);
      }
    }
    return doubt.stream().toArray();
  }

  /** Computes each lead vector once: the doubtful ones up front in one batch, any other on demand. */
  private static final class LeadCache implements IntFunction<float[]> {
    private final LeadVectors source;
    private final float[][] vectors;

    LeadCache(LeadVectors source, int n) {
      this.source = source;
      this.vectors = new float[n][];
    }

    void prefetch(int[] articles) {
      if (articles.length > 0) {
        float[][] got = source.of(articles);
        for (int i = 0; i < articles.length; i++) {
          vectors[articles[i]] = got[i];
        }
      }
    }

    @Override
    public float[] apply(int i) {
      if (vectors[i] == null) {
        vectors[i] = source.of(new int[] {i})[0];
      }
      return vectors[i];
    }
  }

  private static int medianFeatures(List<Integer> group, List<Fingerprint> fps) {
    int[] counts = group.stream().mapToInt(i -> fps.get(i).features().length).sorted().toArray();
    return counts[counts.length / 2];
  }

  /** Two groups whose publication spans lie more than maxDaysApart apart are different events. */
  private boolean datesAllow(List<Integer> a, List<Integer> b, List<OffsetDateTime> dates) {
    if (dates == null) {
      return true; // no article has a date
    }
    OffsetDateTime[] spanA = span(a, dates);
    OffsetDateTime[] spanB = span(b, dates);
    if (spanA == null || spanB == null) {
      return true;
    }
    OffsetDateTime earlierEnd = spanA[1].isBefore(spanB[1]) ? spanA[1] : spanB[1];
    OffsetDateTime laterStart = spanA[0].isAfter(spanB[0]) ? spanA[0] : spanB[0];
    return Duration.between(earlierEnd, laterStart).toHours() <= 24L * config.maxDaysApart();
  }

  private static OffsetDateTime[] span(List<Integer> group, List<OffsetDateTime> dates) {
    OffsetDateTime min = null;
    OffsetDateTime max = null;
    for (int i : group) {
      OffsetDateTime d = dates.get(i);
      if (d != null) {
        min = min == null || d.isBefore(min) ? d : min;
        max = max == null || d.isAfter(max) ? d : max;
      }
    }
    return min == null ? null : new OffsetDateTime[] {min, max};
  }
}
