package org.storyfold.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.extract.Boilerplate;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;

/** The shipped wire story: its copies, its rewrite and its translation, as one derivation forest. */
class ReuseExamplesTest {
  /** One engine for the class: its language model loads once. */
  private static final Reuse REUSE = new Reuse();

  static ReuseReport storyA() {
    Path examples = TestData.require(TestData.examples());
    ReadResult read = new ArticleReader().read(List.of(examples.toString()), System.in);
    List<Article> a = new Boilerplate().clean(read.articles()).articles().stream()
        .filter(x -> x.id().startsWith("a-")).toList();
    return REUSE.report(a);
  }

  @Test
  void analyze_relationsNeverFormACycle() {
    // Regression: pairwise directions made a-01 copy a-03, a-03 translate a-07 and a-07 translate a-01.
    Map<String, Relation> relations = storyA().relations();
    for (String id : relations.keySet()) {
      Set<String> seen = new HashSet<>();
      for (String at = id; at != null; at = relations.get(at).of()) {
        assertThat(seen.add(at)).as("cycle through %s", at).isTrue();
      }
    }
  }

  @Test
  void analyze_wireStoryShowsCopiesRewriteAndTranslation() {
    Map<String, Relation> r = storyA().relations();
    assertThat(r.get("a-02-light").kind()).isIn(Relation.Kind.COPY, Relation.Kind.NEAR_COPY);
    assertThat(r.get("a-04-light").kind()).isIn(Relation.Kind.COPY, Relation.Kind.NEAR_COPY);
    assertThat(r.get("a-05-rewrite").kind()).isEqualTo(Relation.Kind.REWRITE);
    assertThat(r.get("a-07-es").kind()).isEqualTo(Relation.Kind.TRANSLATION);
    assertThat(r.get("a-07-es").of()).startsWith("a-0").isNotEqualTo("a-06-independent");
    assertThat(r.get("a-06-independent").kind()).isEqualTo(Relation.Kind.INDEPENDENT);
  }

  @Test
  void analyze_independentReportQuotingTheSamePeople_isIndependent() {
    ReuseReport report = storyA();
    assertThat(report.relations().get("a-08-quotes").of()).isNull();
    assertThat(report.relations().get("a-08-quotes").kind()).isIn(Relation.Kind.INDEPENDENT, Relation.Kind.ORIGINAL);
    assertThat(report.originality().get("a-08-quotes")).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void analyze_ownParagraphsAroundTwoWireParagraphs_isPartial() {
    Relation r = storyA().relations().get("a-09-partial");
    assertThat(r.kind()).isEqualTo(Relation.Kind.PARTIAL);
    assertThat(r.of()).startsWith("a-0").isNotIn("a-06-independent", "a-08-quotes", "a-07-es");
    assertThat(r.shared()).isBetween(0.15, 0.5);
  }
}
