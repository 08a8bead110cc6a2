package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.fingerprint.Fingerprint;

class CopiesTest {
  private static final long DAY = 86_400;

  /** A signature of eight runs of eight values, each run taken from the text named for it. */
  private static Fingerprint signature(int... runs) {
    int[] minhash = new int[64];
    for (int i = 0; i < minhash.length; i++) {
      minhash[i] = runs[i / 8] * 1000 + i;
    }
    return new Fingerprint(minhash, new int[0], new float[0], new byte[0]);
  }

  @Test
  void of_articlesSharingHalfTheirSignatureOrMore_areOneText() {
    List<Fingerprint> sub = List.of(signature(1, 1, 1, 1, 1, 1, 1, 1), signature(1, 1, 2, 2, 2, 2, 2, 2),
        signature(1, 1, 1, 1, 1, 3, 3, 3), signature(4, 4, 4, 4, 4, 3, 3, 3), signature(1, 1, 1, 1, 5, 5, 5, 5));
    // 2 shares 5/8 with 0 and 4 exactly half; 1 shares 2/8 with 0 and 2; 3 shares 3/8 with 2.
    assertThat(Copies.of(sub, null, 10 * DAY)).containsExactly(List.of(0, 2, 4), List.of(1), List.of(3));
  }

  @Test
  void of_copiesOfCopies_areOneTextThoughTheEndsShareLittle() {
    List<Fingerprint> sub = List.of(signature(1, 1, 1, 1, 1, 1, 1, 1), signature(1, 1, 2, 2, 2, 2, 2, 2),
        signature(1, 1, 1, 1, 1, 3, 3, 3), signature(4, 4, 4, 1, 1, 3, 3, 3));
    // 3 shares 5/8 with 2 and only 2/8 with 0.
    assertThat(Copies.of(sub, null, 10 * DAY)).containsExactly(List.of(0, 2, 3), List.of(1));
  }

  @Test
  void of_copiesFurtherApartThanTheWindow_areTextsOfTheirOwn_evenThroughACopyBetween() {
    Fingerprint same = signature(1, 1, 1, 1, 1, 1, 1, 1);
    long u = AverageLink.UNKNOWN;
    // days 0, 6 and 12 under a 10-day window: 6 joins 0, but 12 would put 0 and 12 in one text
    long[][] chain = {{0, 6 * DAY, 12 * DAY}, {0, 6 * DAY, 12 * DAY}};
    assertThat(Copies.of(List.of(same, same, same), chain, 10 * DAY)).containsExactly(List.of(0, 1), List.of(2));
    // an undated copy joins the first, and the re-run 300 days later stays apart
    long[][] bridged = {{0, u, 300 * DAY}, {0, u, 300 * DAY}};
    assertThat(Copies.of(List.of(same, same, same), bridged, 10 * DAY)).containsExactly(List.of(0, 1), List.of(2));
  }

  @Test
  void of_articlesWithoutWords_areCopiesOfNothing() {
    Fingerprint empty = new Fingerprint(new int[] {Integer.MAX_VALUE}, new int[0], new float[0], new byte[0]);
    assertThat(Copies.of(List.of(empty, empty), null, 10 * DAY)).containsExactly(List.of(0), List.of(1));
  }

  @Test
  void of_largeTopic_findsATextRunByHundredsOfSites() {
    // Past the all-pairs size, copies are found by bands: 300 copies of one text among distinct articles.
    List<Fingerprint> sub = new ArrayList<>();
    for (int i = 0; i < Clusterer.MAX_ALL_PAIRS_TOPIC + 1; i++) {
      sub.add(i % 6 == 0 && i < 6 * 300 ? signature(1, 1, 1, 1, 1, 1, 1, 1)
          : signature(10 + i, 10 + i, 10 + i, 10 + i, 10 + i, 10 + i, 10 + i, 10 + i));
    }
    List<List<Integer>> texts = Copies.of(sub, null, 10 * DAY);
    assertThat(texts.get(0)).hasSize(300).startsWith(0, 6, 12);
    assertThat(texts).hasSize(sub.size() - 299);
    // the first 150 copies run on day 0, the others 100 days later: two texts
    long[][] spans = new long[2][sub.size()];
    for (int i = 0; i < sub.size(); i++) {
      spans[0][i] = i % 6 == 0 && i < 6 * 300 ? (i < 6 * 150 ? 0 : 100 * DAY) : AverageLink.UNKNOWN;
      spans[1][i] = spans[0][i];
    }
    List<List<Integer>> apart = Copies.of(sub, spans, 10 * DAY);
    assertThat(apart.get(0)).hasSize(150).startsWith(0, 6);
    assertThat(apart).filteredOn(t -> t.size() == 150).hasSize(2);
  }
}
