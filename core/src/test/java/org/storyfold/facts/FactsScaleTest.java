package org.storyfold.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.story.Article;

/**
 * A big day: hundreds of wire near-copies of one story. Describing it must stay near-linear in its
 * size, so {@code Facts.of} on 600 copies may take at most about four times what 150 take (a quadratic
 * step in sentences x articles would take sixteen). Copies are the example wire with seeded edits: a
 * word dropped or replaced here and there, a paragraph left out, as reprints do.
 */
class FactsScaleTest {
  private static final String[] FILLERS = {"local", "early", "officials", "reported", "nearby", "again"};

  /*
   * Tests never time things: the growth from 150 to 600 copies (measured 4.2x for 4x the copies, where a
   * quadratic step would give 16x) is printed by FactsScaleTest#main, run by hand from the root:
   *   mvn -B -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
   *   java -Dstoryfold.examples=examples -cp "core/target/test-classes:core/target/classes:$(cat core/cp.txt)" \
   *     org.storyfold.facts.FactsScaleTest
   * Here: the 600 copies are described, and the wire's figure is one fact carried by all of them.
   */
  @Test
  void of_600WireNearCopies_foldTheFigureIntoOneFactOfAllCopies() throws IOException {
    List<Article> all = copies600();
    StoryFacts facts = Facts.of(all, null, Fixtures.ANALYZER);
    assertThat(facts.facts()).anyMatch(f -> f.value().equals("240 worker") && f.sources().size() > 500);
  }

  private static List<Article> copies600() throws IOException {
    String wire = Files.readString(TestData.require(TestData.examples().resolve("a-01-wire.txt")));
    String title = wire.lines().findFirst().orElseThrow();
    String body = wire.substring(title.length()).strip();
    return copies(title, body, 600, new Random(16));
  }

  /** Prints how {@code Facts.of} grows from 150 to 600 copies (linear 4x, quadratic 16x). */
  public static void main(String[] args) throws IOException {
    List<Article> all = copies600();
    Facts.of(all.subList(0, 100), null, Fixtures.ANALYZER); // warm-up
    long small = best(all.subList(0, 150));
    long big = best(all);
    System.out.printf("FACTS-SCALE Facts.of: 150 copies %d ms, 600 copies %d ms, ratio %.2f (linear 4, quadratic 16)%n",
        small / 1_000_000, big / 1_000_000, (double) big / small);
  }

  private static long best(List<Article> articles) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long t = System.nanoTime();
      Facts.of(articles, null, Fixtures.ANALYZER);
      best = Math.min(best, System.nanoTime() - t);
    }
    return best;
  }

  /** Near-copies: each paragraph kept with probability 0.9, each word dropped or replaced with 0.02. */
  static List<Article> copies(String title, String body, int n, Random random) {
    String[] paragraphs = body.split("\n\\s*\n");
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (String p : paragraphs) {
        if (random.nextDouble() < 0.1) {
          continue;
        }
        for (String w : p.split(" ")) {
          double r = random.nextDouble();
          if (r < 0.01) {
            continue;
          }
          text.append(r < 0.02 ? FILLERS[random.nextInt(FILLERS.length)] : w).append(' ');
        }
        text.append("\n\n");
      }
      out.add(new Article("copy-" + i, null, "outlet-" + i, title, text.toString().strip(), null, "en"));
    }
    return out;
  }
}
