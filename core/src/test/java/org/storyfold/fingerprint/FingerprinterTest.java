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
  static final int GOLDEN_MINHASH_0 = 1606867955;

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
  void of_marksPlaceNamesAsPlaces() {
    Fingerprint f = new Fingerprinter().of(new Analysis(new Article("t", null, null, "", "x", null, "en"), List.of("shot"),
        List.of(), List.of("orvik", "ana ruiz", "orvik"), List.of(), List.of("orvik")));
    int place = java.util.Arrays.binarySearch(f.features(), Fingerprinter.featureId("n|orvik"));
    int person = java.util.Arrays.binarySearch(f.features(), Fingerprinter.featureId("n|ana ruiz"));
    assertThat(f.kinds()[place]).isEqualTo(Fingerprint.PLACE);
    assertThat(f.counts()[place]).isEqualTo(2f);
    assertThat(f.kinds()[person]).isEqualTo(Fingerprint.NAME);
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

  @Test
  void hash_withPrefix_isTheHashOfTheJoinedString() {
    assertThat(Hashing.hash("n|", "port calder")).isEqualTo(Hashing.hash("n|port calder"));
    assertThat(Hashing.hash("", "dam")).isEqualTo(Hashing.hash("dam"));
  }

  @Test
  void of_countsMatchAPlainCount_onAText() {
    List<String> terms = java.util.Arrays.asList(("the orvik dam burst on monday the dam had cracks the water "
        + "board knew of the cracks").split(" "));
    Fingerprint f = new Fingerprinter().of(new Analysis(new Article("t", null, null, "", "x", null, "en"), terms,
        List.of(), List.of("orvik", "orvik", "water board"), List.of("40", "2")));
    java.util.Map<Integer, Integer> plain = new java.util.TreeMap<>();
    terms.forEach(t -> plain.merge(Fingerprinter.featureId(t), 1, Integer::sum));
    plain.merge(Fingerprinter.featureId("n|orvik"), 2, Integer::sum);
    plain.merge(Fingerprinter.featureId("n|water board"), 1, Integer::sum);
    plain.merge(Fingerprinter.featureId("#|40"), 1, Integer::sum);
    plain.merge(Fingerprinter.featureId("#|2"), 1, Integer::sum);
    assertThat(f.features()).containsExactly(plain.keySet().stream().mapToInt(Integer::intValue).toArray());
    for (int i = 0; i < f.features().length; i++) {
      assertThat(f.counts()[i]).isEqualTo(plain.get(f.features()[i]).floatValue());
    }
  }

  /** One-permutation hashing with densification estimates Jaccard without bias, short texts included. */
  @Test
  void minhash_estimatesJaccard_onSeededRandomTexts() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    Fingerprinter fp = new Fingerprinter();
    for (int length : new int[] {20, 60, 400}) {
      double error = 0;
      int trials = 200;
      for (int t = 0; t < trials; t++) {
        List<String> a = new java.util.ArrayList<>();
        for (int i = 0; i < length; i++) {
          a.add("w" + random.nextInt(1_000_000));
        }
        List<String> b = new java.util.ArrayList<>(a);
        // Replace a random run at the end: the shared shingles are the ones before it.
        int keep = random.nextInt(length / 4, length);
        for (int i = keep; i < length; i++) {
          b.set(i, "v" + random.nextInt(1_000_000));
        }
        double truth = jaccard(shingles(a), shingles(b));
        double estimate = new Fingerprint(fp.minhash(a), new int[0], new float[0], new byte[0])
            .minhashSimilarity(new Fingerprint(fp.minhash(b), new int[0], new float[0], new byte[0]));
        error += estimate - truth;
      }
      assertThat(error / trials).as("mean error at %d words", length).isBetween(-0.03, 0.03);
    }
  }

  private static java.util.Set<String> shingles(List<String> words) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i + Fingerprinter.SHINGLE <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + Fingerprinter.SHINGLE)));
    }
    return out;
  }

  private static double jaccard(java.util.Set<String> a, java.util.Set<String> b) {
    java.util.Set<String> union = new java.util.HashSet<>(a);
    union.addAll(b);
    java.util.Set<String> both = new java.util.HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 1 : (double) both.size() / union.size();
  }

  @Test
  void sortByHash_ordersAsArraysSort_forAnySize() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    for (int n : new int[] {0, 1, 63, 64, 65, 600, 5000}) {
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        // ids are hashes; a few repeats and all three kinds, as a real article gives
        int id = i > 0 && random.nextInt(4) == 0 ? (int) (keys[random.nextInt(i)] >> 8) : random.nextInt();
        keys[i] = (long) id << 8 | random.nextInt(3);
      }
      long[] expected = keys.clone();
      java.util.Arrays.sort(expected);
      Fingerprinter.sortByHash(keys);
      assertThat(keys).as("n = %d", n).containsExactly(expected);
    }
  }
}
