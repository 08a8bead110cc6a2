package org.storyfold.cluster;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.storyfold.fingerprint.Fingerprint;

/**
 * Groups fingerprinted articles into stories: candidates from an index, exact pair scores, then
 * average linkage stopped at a threshold.
 */
public final class Clusterer {
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
    Objects.requireNonNull(fps, "fps");
    Objects.requireNonNull(dates, "dates");
    if (fps.size() != dates.size()) {
      throw new IllegalArgumentException("fps and dates differ in length");
    }
    int n = fps.size();
    WeightedVectors vectors = new WeightedVectors(fps, config);
    long[] pairs = CandidateIndex.candidates(vectors, fps, config);
    AverageLink linkage = new AverageLink(vectors, config.threshold(), (a, b) -> datesAllow(a, b, dates));
    List<List<Integer>> groups = new ArrayList<>();
    double refine = Double.parseDouble(System.getProperty("sf.refine", "0"));
    for (List<Integer> g : linkage.cluster(pairs)) {
      int minTerms = Integer.getInteger("sf.minterms", 40);
      int[] distinct = g.stream().mapToInt(i -> fps.get(i).features().length).sorted().toArray();
      if (refine <= 0 || g.size() < 3 || distinct[distinct.length / 2] < minTerms) {
        groups.add(g);
        continue;
      }
      List<Fingerprint> sub = g.stream().map(fps::get).toList();
      List<OffsetDateTime> subDates = g.stream().map(dates::get).toList();
      WeightedVectors local = new WeightedVectors(sub, config);
      long[] all = new long[sub.size() * (sub.size() - 1) / 2];
      int k = 0;
      for (int i = 0; i < sub.size(); i++) {
        for (int j = i + 1; j < sub.size(); j++) {
          all[k++] = (long) i * sub.size() + j;
        }
      }
      List<List<Integer>> parts = new AverageLink(local, refine, (a, b) -> datesAllow(a, b, subDates)).cluster(all);
      int minPart = Integer.getInteger("sf.minpart", 3);
      List<List<Integer>> big = new ArrayList<>(parts.stream().filter(x -> x.size() >= minPart).toList());
      if (big.isEmpty()) {
        big.add(new ArrayList<>(g.indexOf(g.get(0)) >= 0 ? java.util.stream.IntStream.range(0, g.size()).boxed().toList() : List.of()));
      } else {
        for (List<Integer> small : parts) {
          if (small.size() >= minPart) continue;
          for (int item : small) {
            List<Integer> best = null;
            double bestMean = -1;
            for (List<Integer> b : big) {
              double s = 0;
              for (int y : b) s += local.cosine(item, y);
              s /= b.size();
              if (s > bestMean) { bestMean = s; best = b; }
            }
            best.add(item);
          }
        }
      }
      for (List<Integer> part : big) {
        groups.add(new ArrayList<>(part.stream().map(g::get).toList()));
      }
    }
    groups.forEach(g -> g.sort(Comparator.naturalOrder()));
    groups.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
    return groups;
  }

  /** Two groups whose publication spans lie more than maxDaysApart apart are different events. */
  private boolean datesAllow(List<Integer> a, List<Integer> b, List<OffsetDateTime> dates) {
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
