package org.storyfold.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.fingerprint.Fingerprint;

class CopiesTest {
  /** A signature of eight runs of eight values, each run taken from the text named for it. */
  private static Fingerprint signature(int... runs) {
    int[] minhash = new int[64];
    for (int i = 0; i < minhash.length; i++) {
      minhash[i] = runs[i / 8] * 1000 + i;
    }
    return new Fingerprint(minhash, new int[0], new float[0], new byte[0]);
  }

  @Test
  void of_articlesSharingHalfTheirSignature_areOneText() {
    List<Fingerprint> sub = List.of(signature(1, 1, 1, 1, 1, 1, 1, 1), signature(1, 1, 2, 2, 2, 2, 2, 2),
        signature(1, 1, 1, 1, 1, 3, 3, 3), signature(4, 4, 4, 4, 4, 3, 3, 3));
    // 2 shares 5/8 with 0; 1 shares 2/8 with 0 and 2; 3 shares 3/8 with 2.
    assertThat(Copies.of(sub)).containsExactly(List.of(0, 2), List.of(1), List.of(3));
  }

  @Test
  void of_copiesOfCopiesAreOneText_thoughTheEndsShareLittle() {
    List<Fingerprint> sub = List.of(signature(1, 1, 1, 1, 1, 1, 1, 1), signature(1, 1, 2, 2, 2, 2, 2, 2),
        signature(1, 1, 1, 1, 1, 3, 3, 3), signature(4, 4, 4, 1, 1, 3, 3, 3));
    // 3 shares 5/8 with 2 and only 2/8 with 0.
    assertThat(Copies.of(sub)).containsExactly(List.of(0, 2, 3), List.of(1));
  }

  @Test
  void of_articlesWithoutWords_areCopiesOfNothing() {
    Fingerprint empty = new Fingerprint(new int[] {Integer.MAX_VALUE}, new int[0], new float[0], new byte[0]);
    assertThat(Copies.of(List.of(empty, empty))).containsExactly(List.of(0), List.of(1));
    Fingerprint unsigned = new Fingerprint(new int[0], new int[0], new float[0], new byte[0]);
    assertThat(Copies.of(List.of(unsigned, unsigned))).containsExactly(List.of(0), List.of(1));
  }
}
