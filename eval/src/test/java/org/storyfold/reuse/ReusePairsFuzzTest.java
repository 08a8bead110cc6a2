package org.storyfold.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.eval.StorySimilarityBenchmark;

/** The pair scorer answers every script and every language pair, and refuses only an empty side. */
class ReusePairsFuzzTest {
  private final Reuse reuse = new Reuse();

  private static void assertAnswered(Comparison c) {
    assertThat(c.similarity()).isBetween(0.0, 1.0);
    assertThat(c.relation()).isNotNull();
  }

  /** Regression: an Arabic article pair crashed with IndexOutOfBoundsException (a tatweel folded to nothing). */
  @Test
  void comparison_arabicArticlesWithTatweel_areAnswered() {
    String a = "قال الوزير \u0640 إن الحكومة ستبني 120 مدرسة جديدة. وأضاف أن العمل يبدأ في مايو. "
        + "وأكد أن الميزانية جاهزة. وختم بأن المدارس تفتح عام 2026.";
    String b = "أعلنت الحكومة \u0640\u0640 بناء 120 مدرسة. وقال الوزير إن العمل يبدأ قريبا. "
        + "وأشار إلى أن التمويل متوفر. وتفتح المدارس عام 2026.";
    assertAnswered(reuse.comparison(a, b));
  }

  @Test
  void comparison_emptySide_isRefusedWithReason() {
    assertThatThrownBy(() -> reuse.comparison("", "")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> reuse.comparison("Some text.", "  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("second text is empty");
  }

  @Test
  void comparison_emojiOnlyAndMixedScripts_areAnswered() {
    String[] odd = {"😀😀🔥🔥", "🇩🇪 🇫🇷 ⚽", "Москва 北京 Berlin القاهرة तेल अवीव กรุงเทพ 東京 ירושלים 2024",
        "ـــ ً ٌ", "\u200B\u200D", "123 456 789", "a", "Ünïcödé ß ﬁ Å"};
    for (String x : odd) {
      for (String y : odd) {
        if (!x.isBlank() && !y.isBlank()) {
          assertAnswered(reuse.comparison(x, y));
        }
      }
    }
  }

  /** Every language and language pair of the SemEval-2022 set, whole and cut at random points, seeded. */
  @Test
  void comparison_allTenLanguagesAndCuts_areAnswered() {
    List<StorySimilarityBenchmark.Pair> pairs =
        StorySimilarityBenchmark.read(TestData.eval("semeval2022", "training_set.csv"));
    Map<String, StorySimilarityBenchmark.Pair> oneEach = new TreeMap<>();
    for (StorySimilarityBenchmark.Pair p : pairs) {
      oneEach.putIfAbsent(p.lang1() + "-" + p.lang2(), p);
    }
    assertThat(oneEach).hasSizeGreaterThanOrEqualTo(16);
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (StorySimilarityBenchmark.Pair p : oneEach.values()) {
      assertAnswered(reuse.comparison(p.a(), p.b()));
      texts.add(p.a());
      texts.add(p.b());
    }
    for (int i = 0; i < 60; i++) {
      String x = cut(texts.get(random.nextInt(texts.size())), random);
      String y = cut(texts.get(random.nextInt(texts.size())), random);
      if (!x.isBlank() && !y.isBlank()) {
        assertAnswered(reuse.comparison(x, y));
      }
    }
  }

  private static String cut(String s, Random random) {
    int from = random.nextInt(s.length());
    return s.substring(from, from + random.nextInt(s.length() - from + 1));
  }
}
