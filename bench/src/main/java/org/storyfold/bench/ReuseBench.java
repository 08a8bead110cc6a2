package org.storyfold.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.storyfold.reuse.Reuse;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Article;

/**
 * Times {@link Reuse#analyze} on a synthetic story of 50 articles, all edited from one base text
 * (sentences dropped, reordered, words swapped, sentences of their own added), so that every pair
 * shares verbatim runs, edited and untouched sentences. One warm-up run, then the timed runs; prints
 * milliseconds per story and sentence pairs compared per second. One thread. The articles carry
 * their language, as they do once the analysis stage has run (detection is not part of this cost).
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -q -Pbench -pl bench -am package -DskipTests
 * java -cp "bench/target/storyfold-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
 *     org.storyfold.bench.ReuseBench 50 10
 * </pre>
 * Arguments: articles per story (default 50) and timed runs (default 10).
 */
public final class ReuseBench {
  private static final String[] BASE = {
      "The regional government announced on Tuesday a plan to rebuild the flood defences along the lower river.",
      "The work will cost about 240 million euros and is expected to take four years.",
      "Engineers will raise the existing dykes by almost a metre and widen the main channel near the old port.",
      "Residents of the low-lying districts have waited for new defences since the floods of last winter.",
      "Then more than 3,000 homes were damaged and two bridges had to be closed for several months.",
      "The environment minister said the plan was the largest public works programme in the region for decades.",
      "Farmers upstream fear that part of their land will be turned into overflow meadows.",
      "Their association asked for compensation and for a say in where the meadows will be placed.",
      "The minister promised that no land would be taken without a fair price and a public hearing.",
      "Opposition councillors called the timetable optimistic and asked for independent cost checks.",
      "The first contracts are due to be signed in the spring, with work starting on the northern bank.",
      "Shipping on the river is expected to continue during construction, with short closures at night.",
      "Insurers welcomed the plan, saying premiums in the area had tripled since the floods.",
      "A hydrologist at the state university said the design assumed rainfall well above the old records.",
      "She warned, however, that dykes alone would not protect the city from ever heavier storms.",
      "The government will present the detailed plans to the regional parliament next month.",
      "Public hearings are planned in each of the eleven towns along the lower river.",
      "The European Union is expected to pay for about a third of the cost.",
      "Local businesses hope the work will bring jobs to an area hit hard by the closure of the shipyard.",
      "The mayor of the port town said the announcement was long overdue but very welcome."};
  private static final String[] OWN = {
      "Our reporter visited the northern bank on Wednesday, where water marks still stain the walls.",
      "Readers can send their questions about the plan to our newsroom.",
      "The weather service expects a dry spring after an unusually wet winter.",
      "A petition against the overflow meadows has gathered several hundred signatures.",
      "The shipyard closed eight years ago after its last owner went bankrupt.",
      "Tourism officials expect the riverside promenade to reopen in the summer."};
  private static final String[][] SWAPS = {
      {"announced", "unveiled"}, {"plan", "project"}, {"expected", "likely"}, {"said", "stated"},
      {"residents", "people"}, {"work", "construction"}, {"about", "around"}, {"main", "central"}};

  private ReuseBench() {}

  public static void main(String[] args) {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<Article> story = synthesize(articles, new Random(42));
    long sentencePairs = sentencePairs(story);
    ReuseReport warm = Reuse.analyze(story);
    long best = Long.MAX_VALUE;
    long total = 0;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      Reuse.analyze(story);
      long t = System.nanoTime() - t0;
      best = Math.min(best, t);
      total += t;
    }
    double meanMs = total / 1e6 / runs;
    System.out.printf(Locale.ROOT, "articles=%d links=%d sentence pairs=%d%n", articles, warm.links().size(), sentencePairs);
    System.out.printf(Locale.ROOT, "ms per story: mean %.1f, best %.1f (%d runs)%n", meanMs, best / 1e6, runs);
    System.out.printf(Locale.ROOT, "sentence pairs per second: %.0f%n", sentencePairs / (meanMs / 1000));
  }

  static List<Article> synthesize(int n, Random random) {
    List<Article> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      List<String> sentences = new ArrayList<>();
      for (String s : BASE) {
        double roll = random.nextDouble();
        if (roll < 0.15) {
          continue; // dropped
        }
        sentences.add(roll < 0.5 ? swapWords(s, random) : s);
      }
      for (int i = 0; i < 3; i++) {
        sentences.add(random.nextInt(sentences.size() + 1), OWN[random.nextInt(OWN.length)]);
      }
      if (random.nextBoolean() && sentences.size() > 4) {
        sentences.add(sentences.remove(random.nextInt(4))); // a paragraph moved to the end
      }
      out.add(new Article("a" + k, null, "site" + k + ".example", "Flood defences plan " + k,
          String.join("\n\n", sentences), null, "en"));
    }
    return out;
  }

  private static String swapWords(String s, Random random) {
    for (String[] swap : SWAPS) {
      if (random.nextBoolean()) {
        s = s.replace(swap[0], swap[1]);
      }
    }
    return s;
  }

  private static long sentencePairs(List<Article> story) {
    long[] counts = story.stream().mapToLong(a -> a.text().split("\n\n").length).toArray();
    long pairs = 0;
    for (int i = 0; i < counts.length; i++) {
      for (int j = i + 1; j < counts.length; j++) {
        pairs += counts[i] * counts[j];
      }
    }
    return pairs;
  }
}
