package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The average link with lazy bounds ({@link AverageLink}, issue 14) makes the same merges in the same
 * order as the class it replaced ({@link AverageLinkEager}, kept verbatim): the same groups with the same
 * member order, on seeded random batches with duplicates, dates, time windows and a judge of doubtful
 * merges, and on one site's near-copies, the input whose n^2 re-offers it was written for.
 */
class AverageLinkEquivalenceTest {
  @Test
  void cluster_randomBatches_sameGroupsAsTheEagerClass() {
    SplittableRandom random = new SplittableRandom(20261126);
    for (int trial = 0; trial < 300; trial++) {
      int n = 3 + random.nextInt(trial < 250 ? 60 : 400);
      int vocabulary = 5 + random.nextInt(60);
      List<Fingerprint> fps = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        fps.add(i > 0 && random.nextInt(5) == 0 ? fps.get(random.nextInt(i)) : randomPrint(random, vocabulary));
      }
      WeightedVectors vectors = new WeightedVectors(fps, ClusterConfig.defaults());
      long[] pairs = randomPairs(random, n);
      double threshold = 0.02 + random.nextDouble() * 0.5;
      long[][] spans = random.nextBoolean() ? null : randomSpans(random, n);
      long maxGap = 86_400L * (1 + random.nextInt(20));
      double sure = random.nextBoolean() ? 0 : threshold + random.nextDouble() * 0.3;
      long salt = random.nextLong();
      // A judge that gives the same answer about the same two groups, whenever it is asked.
      BiPredicate<List<Integer>, List<Integer>> judge = (a, b) ->
          Long.bitCount((a.stream().mapToLong(Integer::longValue).sum() * 31 + b.size()) ^ salt) % 3 != 0;
      List<List<Integer>> lazy = new AverageLink(vectors, threshold, spans, maxGap, sure, judge::test).cluster(pairs);
      List<List<Integer>> eager =
          new AverageLinkEager(vectors, threshold, spans, maxGap, sure, judge::test).cluster(pairs);
      assertThat(lazy).as("trial %d, %d articles", trial, n).isEqualTo(eager);
    }
  }

  @Test
  void cluster_nearCopiesOfOneSite_sameGroupsAsTheEagerClass() {
    NearCopiesStage stage = new NearCopiesStage(1_500);
    assertThat(stage.current()).isEqualTo(stage.eager());
  }

  /**
   * The Spark skew test's one site of boilerplate pages, in small: 10,000 near-copies are one story. The
   * eager class re-offered the merged group to all its neighbours at each merge, about n^2 work: 100,000
   * of the skew test's pages did not finish in 20 minutes (issue 14).
   */
  @Test
  void cluster_manyNearCopies_finishesAsOneStory() {
    List<Fingerprint> fps = NearCopiesStage.nearCopies(10_000, 1);
    List<List<Integer>> groups =
        new Clusterer(ClusterConfig.defaults()).cluster(fps, Collections.nCopies(fps.size(), null));
    assertThat(groups).hasSize(1);
    assertThat(groups.get(0)).hasSize(10_000);
  }

  private static Fingerprint randomPrint(SplittableRandom random, int vocabulary) {
    int[] ids = random.ints(2 + random.nextInt(12), 1, vocabulary + 1).distinct().sorted().toArray();
    float[] counts = new float[ids.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = 1 + random.nextInt(3);
    }
    return new Fingerprint(new int[] {Integer.MAX_VALUE}, ids, counts, new byte[ids.length]);
  }

  /** Candidate pairs i < j as i * n + j, sparse or dense. */
  private static long[] randomPairs(SplittableRandom random, int n) {
    double density = 0.05 + random.nextDouble() * 0.9;
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (random.nextDouble() < density) {
          out.add((long) i * n + j);
        }
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /** Publication spans over two months, a quarter unknown. */
  private static long[][] randomSpans(SplittableRandom random, int n) {
    long[][] spans = new long[2][n];
    for (int i = 0; i < n; i++) {
      if (random.nextInt(4) == 0) {
        spans[0][i] = AverageLink.UNKNOWN;
        spans[1][i] = AverageLink.UNKNOWN;
      } else {
        long t = 1_700_000_000L + random.nextInt(60) * 86_400L;
        spans[0][i] = t;
        spans[1][i] = t + random.nextInt(3) * 86_400L;
      }
    }
    return spans;
  }
}
