package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.fingerprint.Fingerprint;

class ClustererTest {
  /** A fingerprint holding the given feature ids once each. */
  static Fingerprint fp(int... features) {
    int[] ids = features.clone();
    Arrays.sort(ids);
    float[] counts = new float[ids.length];
    Arrays.fill(counts, 1);
    return new Fingerprint(new int[] {Integer.MAX_VALUE}, ids, counts, new byte[ids.length]);
  }

  @Test
  void cluster_bridgeArticleDoesNotChainTwoStories() {
    // a1..a3 share features 1-6, c1..c3 share 20-25; the bridge has half of each.
    List<Fingerprint> fps = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      fps.add(fp(1, 2, 3, 4, 5, 6, 100 + i));
      fps.add(fp(20, 21, 22, 23, 24, 25, 200 + i));
    }
    fps.add(fp(1, 2, 3, 20, 21, 22));
    List<OffsetDateTime> dates = new ArrayList<>();
    fps.forEach(f -> dates.add(null));
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults().withThreshold(0.3)).cluster(fps, dates);
    assertThat(groups).noneMatch(g -> g.contains(0) && g.contains(1));
    assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(7);
  }

  @Test
  void cluster_sameWordsWeeksApartAreTwoStories() {
    List<Fingerprint> fps = List.of(fp(1, 2, 3, 4, 5), fp(1, 2, 3, 4, 6), fp(1, 2, 3, 4, 7), fp(1, 2, 3, 4, 8));
    OffsetDateTime march = OffsetDateTime.parse("2025-03-04T08:00:00Z");
    List<OffsetDateTime> dates = List.of(march, march.plusDays(1), march.plusDays(40), march.plusDays(41));
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults()).cluster(fps, dates);
    assertThat(groups).containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3));
  }

  /** As {@link #fp}, with some features marked as places. */
  static Fingerprint withPlaces(int[] features, int... places) {
    Fingerprint f = fp(features);
    byte[] kinds = f.kinds().clone();
    for (int p : places) {
      kinds[Arrays.binarySearch(f.features(), p)] = Fingerprint.PLACE;
    }
    return new Fingerprint(f.minhash(), f.features(), f.counts(), kinds);
  }

  @Test
  void cluster_twoShootingsInDifferentTownsStayApart() {
    // Same words (1-8), one "in" town 50, the other "in" town 60: two incidents.
    List<Fingerprint> fps = List.of(withPlaces(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 50}, 50),
        withPlaces(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 60}, 60));
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults()).cluster(fps, Arrays.asList(null, null));
    assertThat(groups).containsExactlyInAnyOrder(List.of(0), List.of(1));
  }

  @Test
  void cluster_aTownNamedByBothKeepsOneStory() {
    // The second names town 50 as well as 60, the third no place: one incident.
    List<Fingerprint> fps = List.of(withPlaces(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 50}, 50),
        withPlaces(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 50, 60}, 50, 60), fp(1, 2, 3, 4, 5, 6, 7, 9));
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults()).cluster(fps, Arrays.asList(null, null, null));
    assertThat(groups).containsExactly(List.of(0, 1, 2));
  }

  @Test
  void cluster_unknownDatesDoNotSplit() {
    List<Fingerprint> fps = List.of(fp(1, 2, 3, 4, 5), fp(1, 2, 3, 4, 6));
    List<OffsetDateTime> dates = Arrays.asList(null, OffsetDateTime.parse("2025-03-04T08:00:00Z"));
    assertThat(new Clusterer(ClusterConfig.defaults()).cluster(fps, dates)).containsExactly(List.of(0, 1));
  }

  @Test
  void cluster_lengthsMustMatch() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Clusterer(ClusterConfig.defaults()).cluster(List.of(fp(1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cluster_writtenDatesYearsApartAreTwoStoriesButWeeksApartOne() {
    List<Fingerprint> fps = List.of(fp(1, 2, 3, 4, 5), fp(1, 2, 3, 4, 6), fp(1, 2, 3, 4, 7), fp(1, 2, 3, 4, 8));
    List<OffsetDateTime> none = Arrays.asList(null, null, null, null);
    OffsetDateTime march = OffsetDateTime.parse("2009-03-04T00:00:00Z");
    // Written dates are trusted over a wider window: weeks apart stay together, years apart do not.
    List<OffsetDateTime> written = List.of(march, march.plusDays(40), march.plusYears(4), march.plusYears(4));
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults().withWrittenDaysApart(365))
        .cluster(fps, none, written, null);
    assertThat(groups).containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3));
    assertThat(new Clusterer(ClusterConfig.defaults().withWrittenDaysApart(0)).cluster(fps, none, written, null))
        .hasSize(1);
  }

  @Test
  void cluster_doubtfulMergeAsksTheJudgeOnlyAtTheHeadOfTheQueue() {
    // Two groups that share one word of five: in the noise band of a batch this small.
    List<Fingerprint> fps = List.of(fp(1, 2, 3, 4, 9), fp(1, 2, 3, 4, 9), fp(5, 6, 7, 8, 9), fp(5, 6, 7, 8, 9));
    List<OffsetDateTime> none = Arrays.asList(null, null, null, null);
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    LeadVectors orthogonal = ids -> {
      asked.addAndGet(ids.length);
      float[][] out = new float[ids.length][];
      for (int i = 0; i < ids.length; i++) {
        out[i] = ids[i] < 2 ? new float[] {1, 0} : new float[] {0, 1};
      }
      return out;
    };
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults()).cluster(fps, none, none, orthogonal);
    assertThat(groups).containsExactlyInAnyOrder(List.of(0, 1), List.of(2, 3));
    assertThat(asked.get()).isLessThanOrEqualTo(4); // each lead computed at most once
  }

  /**
   * Two groups of six copies that share one word of five, and ten articles of words of their own: the
   * groups' merge is in doubt (within three times the batch's chance similarity), the merges within are not.
   */
  private static List<Fingerprint> twoGroupsOfSix() {
    return twoGroupsOf(6);
  }

  /** As {@link #twoGroupsOfSix}, with groups of {@code size}. */
  private static List<Fingerprint> twoGroupsOf(int size) {
    List<Fingerprint> fps = new ArrayList<>();
    for (int i = 0; i < 2 * size; i++) {
      fps.add(i < size ? fp(1, 2, 3, 4, 9) : fp(5, 6, 7, 8, 9));
    }
    for (int i = 0; i < 10; i++) {
      fps.add(fp(100 + 5 * i, 101 + 5 * i, 102 + 5 * i, 103 + 5 * i, 104 + 5 * i));
    }
    return fps;
  }

  /** Lead vectors that count how many leads are asked for: {@code lead} gives each article's. */
  private static LeadVectors counting(java.util.concurrent.atomic.AtomicInteger asked,
                                      java.util.function.IntFunction<float[]> lead) {
    return ids -> {
      asked.addAndGet(ids.length);
      float[][] out = new float[ids.length][];
      for (int i = 0; i < ids.length; i++) {
        out[i] = lead.apply(ids[i]);
      }
      return out;
    };
  }

  @Test
  void cluster_doubtfulMergeOfGroupsWhoseFirstMembersAgreeFarAboveTheThreshold_embedsOnlyThose() {
    List<Fingerprint> fps = twoGroupsOfSix();
    List<OffsetDateTime> none = undated(fps);
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults())
        .cluster(fps, none, none, counting(asked, i -> new float[] {1, 0}));
    assertThat(groups.get(0)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(asked.get()).as("leads embedded: two of each group, not all twelve").isEqualTo(4);
  }

  @Test
  void cluster_doubtfulMergeOfGroupsWhoseFirstMembersAgreeLittle_comparesEveryMember() {
    List<Fingerprint> fps = twoGroupsOfSix();
    List<OffsetDateTime> none = undated(fps);
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    // Cosine 0.45 between the groups' leads: above the lead threshold (0.2), but not by the first look's margin.
    float[] a = {1, 0};
    float[] b = {0.45f, (float) Math.sqrt(1 - 0.45 * 0.45)};
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults())
        .cluster(fps, none, none, counting(asked, i -> i < 6 ? a : b));
    assertThat(groups.get(0)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(asked.get()).as("every lead, each once").isEqualTo(12);
    // And below the threshold the groups stay apart, on every member's lead.
    asked.set(0);
    float[] c = {0.1f, (float) Math.sqrt(1 - 0.1 * 0.1)};
    assertThat(new Clusterer(ClusterConfig.defaults()).cluster(fps, none, none, counting(asked, i -> i < 6 ? a : c)))
        .startsWith(List.of(0, 1, 2, 3, 4, 5), List.of(6, 7, 8, 9, 10, 11));
    assertThat(asked.get()).isEqualTo(12);
  }

  @Test
  void cluster_doubtfulMergeOfLargeGroupsWhoseFirstEightAgreeWellAboveTheThreshold_embedsOnlyThose() {
    List<Fingerprint> fps = twoGroupsOf(12);
    List<OffsetDateTime> none = undated(fps);
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    // Cosine 0.45: not enough for the first look (0.2 + 0.3), enough for the second (0.2 + 0.15).
    float[] a = {1, 0};
    float[] b = {0.45f, (float) Math.sqrt(1 - 0.45 * 0.45)};
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults())
        .cluster(fps, none, none, counting(asked, i -> i < 12 ? a : b));
    assertThat(groups.get(0)).hasSize(24);
    assertThat(asked.get()).as("leads embedded: eight of each group, not all 24").isEqualTo(16);
    // At 0.3 the second look does not decide either: every member is compared.
    asked.set(0);
    float[] c = {0.3f, (float) Math.sqrt(1 - 0.3 * 0.3)};
    assertThat(new Clusterer(ClusterConfig.defaults()).cluster(fps, none, none, counting(asked, i -> i < 12 ? a : c))
        .get(0)).hasSize(24);
    assertThat(asked.get()).isEqualTo(24);
  }

  @Test
  void cluster_withFoldShare_smallIncidentsOfOneKindAreNotFoldedIntoTheLargeOnes() {
    // One kind of event (features 1-3 everywhere), incidents told by their own names (10.., 20.., 30..).
    List<Fingerprint> fps = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      fps.add(fp(range(1, 16, 100, 130, 1000 + i * 10)));
      fps.add(fp(range(1, 16, 200, 230, 2000 + i * 10)));
    }
    fps.add(fp(range(1, 16, 300, 330, 3000)));
    List<OffsetDateTime> none = undated(fps);
    List<List<Integer>> groups = new Clusterer(ClusterConfig.defaults().withFoldShare(0.5)).cluster(fps, none);
    assertThat(groups).containsExactlyInAnyOrder(List.of(0, 2, 4, 6, 8), List.of(1, 3, 5, 7, 9), List.of(10));
    assertThat(new Clusterer(ClusterConfig.defaults().withFoldShare(0)).cluster(fps, none)).hasSize(2);
  }

  @Test
  void cluster_manySmallIncidentsOfOneKind_eachStandsAlone() {
    // One kind of event (features 1-15 everywhere): two incidents of four articles, three of two, four of one.
    List<Fingerprint> fps = new ArrayList<>();
    int[] sizes = {4, 4, 2, 2, 2, 1, 1, 1, 1};
    for (int e = 0; e < sizes.length; e++) {
      for (int k = 0; k < sizes[e]; k++) {
        fps.add(fp(range(1, 16, 100 * (e + 1), 100 * (e + 1) + 30, 10_000 + fps.size())));
      }
    }
    List<OffsetDateTime> none = undated(fps);
    // The small parts hold 10 of 18 articles: more than the fragment share, so none folds back.
    assertThat(new Clusterer(ClusterConfig.defaults()).cluster(fps, none)).hasSize(sizes.length);
    // Let any share fold back, and the two-article incidents join the four-article ones.
    assertThat(new Clusterer(ClusterConfig.defaults().withFragmentShare(1)).cluster(fps, none)).hasSize(6);
  }

  @Test
  void cluster_strayArticleMonthsLater_doesNotFoldIntoAnEarlierStory() {
    // Two incidents of five articles and one stray article of the first kind, all on one day but the stray.
    List<Fingerprint> fps = new ArrayList<>();
    List<OffsetDateTime> dates = new ArrayList<>();
    OffsetDateTime day = OffsetDateTime.parse("2024-03-01T10:00:00Z");
    for (int i = 0; i < 5; i++) {
      fps.add(fp(range(1, 16, 100, 130, 1000 + i * 10)));
      fps.add(fp(range(1, 16, 200, 230, 2000 + i * 10)));
      dates.add(day);
      dates.add(day);
    }
    fps.add(fp(range(1, 16, 100, 110, 3000)));
    dates.add(day.plusDays(200));
    ClusterConfig anyFolds = ClusterConfig.defaults().withFragmentShare(1);
    assertThat(new Clusterer(anyFolds).cluster(fps, dates)).contains(List.of(10));
    dates.set(10, day.plusDays(1));
    assertThat(new Clusterer(anyFolds).cluster(fps, dates)).contains(List.of(0, 2, 4, 6, 8, 10));
  }

  @Test
  void cluster_twoArticlesOfAnotherTown_areNotFoldedIntoTheLargeStory() {
    // Eight articles of one shooting "in" town 500 and two of another "in" town 600, alike in their words:
    // the two are too few to stand as a part by size, but their town is their own.
    List<Fingerprint> fps = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      fps.add(withPlaces(sorted(range(1, 16, 100, 130, 500), 1000 + i * 10), 500));
    }
    for (int i = 0; i < 2; i++) {
      fps.add(withPlaces(sorted(range(1, 16, 200, 230, 600), 2000 + i * 10), 600));
    }
    List<OffsetDateTime> none = undated(fps);
    Clusterer clusterer = new Clusterer(ClusterConfig.defaults());
    assertThat(clusterer.cluster(fps, none)).containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7), List.of(8, 9));
    // The same articles with no place named: the two are strays of the large story and fold back.
    List<Fingerprint> placeless = fps.stream().map(f -> fp(f.features())).toList();
    assertThat(clusterer.cluster(placeless, none)).hasSize(1);
  }

  @Test
  void cluster_strayArticleRunByThreeSites_foldsBackLikeTheArticleAlone() {
    // Eight articles of one story and a stray that the refine sets apart by its words, too small to stand
    // alone; the stray is also run by two more sites. Its copies made a part of three, large enough to
    // stand as a story of its own.
    List<Fingerprint> fps = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      fps.add(text(i, range(1, 16, 100, 130, 1000 + i * 10)));
    }
    for (int copy = 0; copy < 3; copy++) {
      fps.add(text(8, range(1, 16, 200, 230, 3000)));
    }
    List<OffsetDateTime> none = undated(fps);
    assertThat(new Clusterer(ClusterConfig.defaults()).cluster(fps, none))
        .containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
  }

  @Test
  void cluster_strayRunAgainTwelveDaysLater_isNotOneTextWithItsFirstRun() {
    // As strayArticleRunByThreeSites, the story's articles published over a week; the stray run by two
    // sites on the story's first day and re-run on the twelfth, beyond the ten-day window of its first run.
    List<Fingerprint> fps = new ArrayList<>();
    List<OffsetDateTime> dates = new ArrayList<>();
    OffsetDateTime day = OffsetDateTime.parse("2024-03-01T10:00:00Z");
    for (int i = 0; i < 8; i++) {
      fps.add(text(i, range(1, 16, 100, 130, 1000 + i * 10)));
      dates.add(day.plusDays(i));
    }
    for (int d : new int[] {0, 0, 12}) {
      fps.add(text(8, range(1, 16, 200, 230, 3000)));
      dates.add(day.plusDays(d));
    }
    // The re-run cannot join the story (its first day is twelve days away), so it stands alone.
    assertThat(new Clusterer(ClusterConfig.defaults()).cluster(fps, dates))
        .containsExactly(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), List.of(10));
  }

  @Test
  void cluster_everyArticleRunByThreeSites_groupsAsTheArticlesAlone() {
    // One story of eight articles with a stray that the refine sets apart but folds back, and another
    // story in words of its own; then every article run by three sites.
    List<Fingerprint> once = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      once.add(text(i, range(1, 16, 100, 130, 1000 + i * 10)));
    }
    once.add(text(8, range(1, 16, 200, 230, 3000)));
    for (int i = 0; i < 5; i++) {
      once.add(text(9 + i, range(500, 515, 600, 630, 5000 + i * 10)));
    }
    List<Fingerprint> thrice = new ArrayList<>();
    once.forEach(f -> thrice.addAll(List.of(f, f, f)));
    List<OffsetDateTime> none = undated(thrice);
    Clusterer clusterer = new Clusterer(ClusterConfig.defaults());
    List<List<Integer>> expected = new ArrayList<>();
    for (List<Integer> group : clusterer.cluster(once, none.subList(0, once.size()))) {
      expected.add(group.stream().flatMap(i -> java.util.stream.Stream.of(3 * i, 3 * i + 1, 3 * i + 2)).toList());
    }
    assertThat(expected).hasSize(2);
    assertThat(clusterer.cluster(thrice, none)).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** As {@link #fp}, with a MinHash signature of its own: text {@code k}, which copies share. */
  private static Fingerprint text(int k, int... features) {
    Fingerprint f = fp(features);
    int[] minhash = new int[64];
    for (int i = 0; i < minhash.length; i++) {
      minhash[i] = k * 1000 + i;
    }
    return new Fingerprint(minhash, f.features(), f.counts(), f.kinds());
  }

  /** The features with one more, sorted. */
  private static int[] sorted(int[] features, int extra) {
    int[] out = Arrays.copyOf(features, features.length + 1);
    out[features.length] = extra;
    Arrays.sort(out);
    return out;
  }

  /** Features from..to-1 and otherFrom..otherTo-1, and one more. */
  private static int[] range(int from, int to, int otherFrom, int otherTo, int extra) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(i);
    }
    for (int i = otherFrom; i < otherTo; i++) {
      out.add(i);
    }
    out.add(extra);
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** No publication date for any of {@code articles}. */
  private static List<OffsetDateTime> undated(List<?> articles) {
    return java.util.Collections.nCopies(articles.size(), null);
  }
}
