package org.storyfold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfold.extract.Cleaning;
import org.storyfold.reuse.ReuseConfig;
import org.storyfold.reuse.ReuseReport;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * A story of 5,000 near-copies (one site's boilerplate pages, a wire story on every outlet) is
 * described from {@link ReuseConfig#maxAligned} representatives: the earliest among them, every
 * member still listed, the others marked not aligned. Without the cap its alignment tables alone
 * take 5,000^2 entries (about 200 MB for the shares, as much again for the alignments).
 */
class StoryDescriptionCapTest {
  @Test
  void describe_5000NearCopies_alignsAtMostTheCapAndListsEveryMember() throws IOException {
    int cap = ReuseConfig.defaults().maxAligned();
    List<Article> copies = org.storyfold.reuse.ReuseScaleTestAccess.nearCopies(5000, 5);
    List<Article> dated = new ArrayList<>();
    OffsetDateTime t0 = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    for (int i = 0; i < copies.size(); i++) {
      Article a = copies.get(i);
      // the original is the earliest; the copies an hour apart each, listed in story order
      dated.add(new Article(a.id(), "https://outlet" + i + ".example/news/" + i, null, a.title(), a.text(),
          t0.plusHours(i), "en"));
    }
    Story story = new Story("s1", dated.get(0).title(), dated);
    Storyfold engine = new Storyfold(StoryfoldConfig.defaults());
    StoryReport report = engine.describe(story, new Cleaning(dated, Map.of()));

    ReuseReport reuse = report.reuse();
    assertThat(reuse.relations()).hasSize(cap);
    assertThat(reuse.notAligned()).hasSize(5000 - cap);
    Set<String> all = new HashSet<>(reuse.relations().keySet());
    all.addAll(reuse.notAligned());
    assertThat(all).hasSize(5000);
    // the earliest quarter is aligned, so the original is, and is found as every copy's root
    assertThat(reuse.relations()).containsKeys("c0", "c1", "c" + (cap / 4 - 1));
    assertThat(reuse.relations().get("c0").of()).isNull();
    assertThat(reuse.relations().values().stream().filter(r -> r.of() != null).count()).isGreaterThan(cap - 20L);
    assertThat(reuse.links().size()).isLessThanOrEqualTo(cap * (1 + ReuseConfig.defaults().linksPerArticle()));
    assertThat(report.facts().summary()).isNotEmpty();

    JsonNode json = StoryJson.story(story, report, false);
    assertThat(json.get("articles")).hasSize(5000);
    int marked = 0;
    for (JsonNode a : json.get("articles")) {
      boolean aligned = !a.has("aligned");
      assertThat(a.has("relation")).isEqualTo(aligned);
      marked += aligned ? 0 : 1;
    }
    assertThat(marked).isEqualTo(5000 - cap);
  }

  @Test
  void describe_storyAtTheCap_alignsEveryMember() throws IOException {
    List<Article> copies = org.storyfold.reuse.ReuseScaleTestAccess.nearCopies(40, 3);
    Story story = new Story("s1", copies.get(0).title(), copies);
    StoryReport report = new Storyfold(StoryfoldConfig.defaults()).describe(story, new Cleaning(copies, Map.of()));
    assertThat(report.reuse().notAligned()).isEmpty();
    assertThat(report.reuse().relations()).hasSize(40);
  }
}
