package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.cluster.ClustererTest.fp;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.storyfold.fingerprint.Fingerprint;

class OnlineClustererTest {
  private static final OffsetDateTime DAY1 = OffsetDateTime.parse("2026-03-02T08:00:00Z");

  /** Two unrelated stories of three short articles each (short: too few features to refine). */
  private static OnlineClusterer twoStories(ClusterConfig config) {
    OnlineClusterer online = new OnlineClusterer(config);
    for (int i = 0; i < 3; i++) {
      online.add(fp(1, 2, 3, 4, 5, 6, 100 + i), DAY1, "a");
      online.add(fp(20, 21, 22, 23, 24, 25, 200 + i), DAY1, "b");
    }
    return online;
  }

  @Test
  void place_emptyStore_startsStory() {
    assertThat(new OnlineClusterer(ClusterConfig.defaults()).place(fp(1, 2, 3), DAY1).stories()).isEmpty();
  }

  @Test
  void place_articleLikeOneStory_joinsIt() {
    OnlineClusterer online = twoStories(ClusterConfig.defaults());
    assertThat(online.place(fp(1, 2, 3, 4, 5, 300), DAY1).stories()).containsExactly("a");
  }

  @Test
  void place_unrelatedArticle_startsStory() {
    OnlineClusterer online = twoStories(ClusterConfig.defaults());
    assertThat(online.place(fp(40, 41, 42, 43), DAY1).stories()).isEmpty();
  }

  @Test
  void place_sameWordsBeyondWindow_startsStory() {
    OnlineClusterer online = twoStories(ClusterConfig.defaults());
    assertThat(online.place(fp(1, 2, 3, 4, 5, 300), DAY1.plusDays(30)).stories()).isEmpty();
  }

  @Test
  void place_articleBridgingTwoStories_mergesThem() {
    // No margin over chance (noiseMultiple 0): six stored articles say little about chance.
    OnlineClusterer online = twoStories(new ClusterConfig(0.1, 0.165, 40, 3, 0.0, 0.4, 1.0, 2.0, 10, 0, 40, 40, 200, 0.0,
        0.2));
    Fingerprint bridge = fp(1, 2, 3, 4, 5, 6, 20, 21, 22, 23, 24, 25);
    assertThat(online.place(bridge, DAY1).stories()).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void merge_movesMembers_laterArticlesJoinSurvivor() {
    OnlineClusterer online = twoStories(ClusterConfig.defaults());
    online.merge("b", "a");
    assertThat(online.place(fp(20, 21, 22, 23, 24, 301), DAY1).stories()).containsExactly("a");
    assertThat(online.size()).isEqualTo(6);
  }

  @Test
  void regroup_storyHoldingTwoKinds_batchPartsThem_moveRecordsIt() {
    // Every article counts as long (refineMinTerms 1): only such stories are taken for a second look.
    ClusterConfig config = new ClusterConfig(0.1, 0.165, 1, 3, 0.0, 0.4, 1.0, 2.0, 10, 0, 40, 40, 200, 0.0, 0.2);
    OnlineClusterer online = new OnlineClusterer(config);
    for (int i = 0; i < 3; i++) { // numbers 0, 2, 4 of one kind and 1, 3, 5 of another, all in story "a"
      online.add(fp(1, 2, 3, 4, 5, 6, 100 + i), DAY1, "a");
      online.add(fp(20, 21, 22, 23, 24, 25, 200 + i), DAY1, "a");
    }
    OnlineClusterer.Scope scope = online.scope(java.util.List.of("a"), 100);
    assertThat(scope.articles()).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
    assertThat(online.regroup(scope, null)).containsExactlyInAnyOrder(java.util.List.of(0, 2, 4), java.util.List.of(1, 3, 5));
    for (int n : new int[] {1, 3, 5}) {
      online.move(n, "b");
    }
    assertThat(online.storyOf(3)).isEqualTo("b");
    assertThat(online.storyOf(2)).isEqualTo("a");
    assertThat(online.place(fp(20, 21, 22, 23, 24, 301), DAY1).stories()).containsExactly("b");
  }

  @Test
  void intCounts_manyKeys_keepsEachCount() {
    IntCounts counts = new IntCounts();
    for (int k = -5000; k < 5000; k++) {
      counts.add(k, 1);
      counts.add(k * 7, 2);
    }
    assertThat(counts.get(0)).isEqualTo(3);
    assertThat(counts.get(1)).isEqualTo(1);
    assertThat(counts.get(7)).isEqualTo(3);
    assertThat(counts.get(123_456)).isZero();
  }
}
