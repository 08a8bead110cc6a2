package org.storyfold.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.story.Article;

/** A story of 600 wire near-copies, a normal day for a big event: described in seconds, with bounded links. */
class ReuseScaleTest {
  /** Seeded near-copies of the wire example: a paragraph dropped, words cut, a figure changed, a site line added. */
  static List<Article> nearCopies(int count, long seed) throws IOException {
    List<String> lines = Files.readAllLines(TestData.require(TestData.examples()).resolve("a-01-wire.txt"),
        StandardCharsets.UTF_8);
    List<String> paragraphs = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    Random random = new Random(seed);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> ps = new ArrayList<>(paragraphs);
      if (i > 0) {
        ps.remove(1 + random.nextInt(ps.size() - 1));
        int k = random.nextInt(ps.size());
        List<String> words = new ArrayList<>(Arrays.asList(ps.get(k).split(" ")));
        words.remove(random.nextInt(words.size()));
        ps.set(k, String.join(" ", words));
        ps.add("Read more news from outlet " + i + " on our website and follow us every day.");
      }
      out.add(new Article("c" + i, null, null, lines.get(0), String.join("\n\n", ps), null, "en"));
    }
    return out;
  }

  @Test
  void report_600NearCopies_givesBoundedLinksAndEveryCopyItsSource() throws IOException {
    // Tests never time things: the time of this story is measured by bench's AlignmentBenchmark.
    List<Article> story = nearCopies(600, 11);
    ReuseReport r = new Reuse().report(story);
    assertThat(r.links().size()).isLessThanOrEqualTo(600 * (1 + ReuseConfig.defaults().linksPerArticle()));
    long derived = r.relations().values().stream().filter(x -> x.of() != null).count();
    assertThat(derived).isGreaterThanOrEqualTo(590);
    assertThat(r.relations().values()).allMatch(x -> x.of() == null || x.kind() == Relation.Kind.COPY || x.kind() == Relation.Kind.NEAR_COPY);
  }

  @Test
  void representatives_oversizedStory_keepTheEarliestAndTheCentralNotTheOutliers() throws IOException {
    List<Article> story = new ArrayList<>();
    java.time.OffsetDateTime t0 = java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z");
    for (String id : new String[] {"x1", "x2", "x3"}) {
      // late, off-topic members: the least central
      story.add(new Article(id, null, null, "Weather", "Rain and wind are expected over the hills tonight, "
          + "the forecasters said, with snow on higher ground.", t0.plusDays(30), "en"));
    }
    for (Article a : nearCopies(37, 5)) {
      int i = Integer.parseInt(a.id().substring(1));
      story.add(new Article(a.id(), null, null, a.title(), a.text(), t0.plusHours(40 - i), "en"));
    }
    List<Article> chosen = Representatives.of(story, 20);
    assertThat(chosen).hasSize(20);
    assertThat(chosen).extracting(Article::id).doesNotContain("x1", "x2", "x3")
        // the earliest quarter: c36 .. c32 (dated backwards)
        .contains("c36", "c35", "c34", "c33", "c32");
    // story order kept
    assertThat(story).containsSubsequence(chosen);
    assertThat(Representatives.of(story, 40)).isSameAs(story);
  }
}
