package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.fingerprint.Fingerprint;

class CopiesTest {
  private static final Copies.Allowed ANY = (a, b) -> true;

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
    assertThat(Copies.of(sub, ANY)).containsExactly(List.of(0, 2, 4), List.of(1), List.of(3));
  }

  @Test
  void of_copiesOfCopies_areOneTextThoughTheEndsShareLittle() {
    List<Fingerprint> sub = List.of(signature(1, 1, 1, 1, 1, 1, 1, 1), signature(1, 1, 2, 2, 2, 2, 2, 2),
        signature(1, 1, 1, 1, 1, 3, 3, 3), signature(4, 4, 4, 1, 1, 3, 3, 3));
    // 3 shares 5/8 with 2 and only 2/8 with 0.
    assertThat(Copies.of(sub, ANY)).containsExactly(List.of(0, 2, 3), List.of(1));
  }

  @Test
  void of_copiesNotAllowedTogether_areTextsOfTheirOwn() {
    Fingerprint same = signature(1, 1, 1, 1, 1, 1, 1, 1);
    // the caller's window: 0 and 2 may be one text, 1 (a re-run weeks later, say) with neither
    Copies.Allowed window = (a, b) -> a != 1 && b != 1;
    assertThat(Copies.of(List.of(same, same, same), window)).containsExactly(List.of(0, 2), List.of(1));
  }

  @Test
  void of_articlesWithoutWords_areCopiesOfNothing() {
    Fingerprint empty = new Fingerprint(new int[] {Integer.MAX_VALUE}, new int[0], new float[0], new byte[0]);
    assertThat(Copies.of(List.of(empty, empty), ANY)).containsExactly(List.of(0), List.of(1));
  }

  @Test
  void of_largeTopic_findsATextRunByHundredsOfSites() {
    // Past the all-pairs size, copies are found by bands: 300 copies of one text among distinct articles.
    List<Fingerprint> sub = new ArrayList<>();
    for (int i = 0; i < Clusterer.MAX_ALL_PAIRS_TOPIC + 1; i++) {
      sub.add(i % 6 == 0 && i < 6 * 300 ? signature(1, 1, 1, 1, 1, 1, 1, 1)
          : signature(10 + i, 10 + i, 10 + i, 10 + i, 10 + i, 10 + i, 10 + i, 10 + i));
    }
    List<List<Integer>> texts = Copies.of(sub, ANY);
    assertThat(texts.get(0)).hasSize(300).startsWith(0, 6, 12);
    assertThat(texts).hasSize(sub.size() - 299);
  }
}
