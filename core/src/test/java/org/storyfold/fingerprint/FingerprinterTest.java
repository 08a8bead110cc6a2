package org.storyfold.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyfold.story.Article;
import org.storyfold.text.Analysis;

class FingerprinterTest {
  static Analysis analysis(List<String> terms) {
    return new Analysis(new Article("t", null, null, "", "x", null, "en"), terms, List.of(), List.of("orvik"),
        List.of("40"));
  }

  @Test
  void featureId_isStableAcrossRuns() {
    // Golden values: fingerprints made on any machine must agree.
    assertThat(Fingerprinter.featureId("migration")).isEqualTo(Hashing.hash("migration"));
    assertThat(Hashing.hash("")).isEqualTo(Hashing.fmix((int) (0xcbf29ce484222325L ^ (0xcbf29ce484222325L >>> 32))));
    assertThat(Hashing.hash("migration")).isEqualTo(GOLDEN_MIGRATION);
    assertThat(new Fingerprinter().minhash(List.of("dam", "burst", "orvik", "monday"))[0]).isEqualTo(GOLDEN_MINHASH_0);
  }

  static final int GOLDEN_MIGRATION = 1495660284;
  static final int GOLDEN_MINHASH_0 = 981960200;

  @Test
  void of_countsTermsNamesAndNumbersSeparately() {
    Fingerprint f = new Fingerprinter().of(analysis(List.of("dam", "dam", "burst")));
    assertThat(f.features()).hasSize(4);
    assertThat(f.features()).isSorted();
    int dam = java.util.Arrays.binarySearch(f.features(), Fingerprinter.featureId("dam"));
    assertThat(f.counts()[dam]).isEqualTo(2f);
    int name = java.util.Arrays.binarySearch(f.features(), Fingerprinter.featureId("n|orvik"));
    assertThat(f.kinds()[name]).isEqualTo(Fingerprint.NAME);
  }

  @Test
  void minhashSimilarity_copiesAgreeAndStrangersDoNot() {
    List<String> text = List.of("the", "orvik", "dam", "burst", "on", "monday", "flooding", "forty", "homes",
        "along", "the", "river", "valley", "road");
    Fingerprint a = new Fingerprinter().of(analysis(text));
    Fingerprint b = new Fingerprinter().of(analysis(text));
    Fingerprint c = new Fingerprinter().of(analysis(List.of("chess", "final", "in", "lusta", "drawn", "after",
        "sixty", "one", "moves", "on", "sunday")));
    assertThat(a.minhashSimilarity(b)).isEqualTo(1.0);
    assertThat(a.minhashSimilarity(c)).isLessThan(0.1);
  }
}
