package org.storyfold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

class StoryfoldTest {
  static Storyfold engine;

  @BeforeAll
  static void engine() {
    engine = new Storyfold(StoryfoldConfig.defaults());
  }

  static List<Story> storiesOf(Path dir) {
    ReadResult read = new ArticleReader().read(List.of(dir.toString()), System.in);
    assertThat(read.rejections()).isEmpty();
    return engine.stories(engine.clean(read.articles(), read.pages()).articles());
  }

  static Path shared(String sub) {
    return TestData.sharedPath(sub);
  }

  static Set<String> ids(Story s) {
    return s.articles().stream().map(Article::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void stories_seedsAreOneStoryOfFive() {
    List<Story> stories = storiesOf(shared("seeds"));
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).articles()).hasSize(5);
    assertThat(stories.get(0).headline()).isNotBlank();
  }

  @Test
  void stories_examplesFoldIntoTheirStories() {
    Path examples = TestData.require(TestData.examples());
    List<Story> stories = storiesOf(examples);
    Map<String, Set<String>> byFirst = stories.stream()
        .collect(Collectors.toMap(s -> ids(s).iterator().next(), StoryfoldTest::ids));
    // The wire story with its light edits, machine rewrite, independent report and Spanish version.
    assertThat(byFirst.get("a-01-wire")).containsExactly("a-01-wire", "a-02-light", "a-03-light", "a-04-light",
        "a-05-rewrite", "a-06-independent", "a-07-es", "a-08-quotes", "a-09-partial");
    // Two storms weeks apart are two stories, not one.
    assertThat(byFirst.get("b-01-storm")).containsExactly("b-01-storm", "b-02-storm");
    assertThat(byFirst.get("c-01-storm")).containsExactly("c-01-storm", "c-02-storm");
    assertThat(byFirst.get("d-01-transfer")).containsExactly("d-01-transfer", "d-02-transfer");
    // A local shooting, its wire version and a correction a day later.
    assertThat(byFirst.get("f-01-courier")).containsExactly("f-01-courier", "f-02-valley", "f-03-wire",
        "f-04-courier-update");
    for (String single : List.of("x-01-museum", "x-02-science", "x-03-election", "x-04-rates", "x-05-recall")) {
      assertThat(byFirst.get(single)).containsExactly(single);
    }
    assertThat(stories.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(24);
  }

  @Test
  void stories_everyArticleInExactlyOneStory() {
    List<Article> articles = List.of(
        new Article("a", null, null, "Dam bursts near Orvik", "The Orvik dam burst on Monday, flooding 40 homes.", null, "en"),
        new Article("b", null, null, "Orvik dam failure floods homes", "Forty homes flooded after the Orvik dam burst.", null, "en"),
        new Article("c", null, null, "Chess final drawn", "The chess final in Lusta ended in a draw after 61 moves.", null, "en"));
    List<Story> stories = engine.stories(articles);
    assertThat(stories.stream().flatMap(s -> s.articles().stream()).map(Article::id))
        .containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void preloadLeadModel_loadsItAheadOfTheFirstLead() {
    Article a = new Article("a", null, null, "Dam bursts near Orvik", "The Orvik dam burst on Monday, flooding 40 homes.", null, "en");
    Storyfold preloaded = new Storyfold(StoryfoldConfig.defaults());
    assertThat(preloaded.leadModelLoaded()).isFalse();
    preloaded.preloadLeadModel();
    preloaded.awaitLeadModel();
    assertThat(preloaded.leadModelLoaded()).isTrue();
    assertThat(preloaded.leads(i -> a).of(new int[] {0})[0]).hasSize(384)
        .containsExactly(engine.leads(i -> a).of(new int[] {0})[0]);
  }

  @Test
  void preloadLeadModel_withoutEmbeddingsLoadsNothing() {
    Storyfold words = new Storyfold(StoryfoldConfig.defaults().withEmbeddings(false));
    words.preloadLeadModel();
    words.awaitLeadModel();
    assertThat(words.leadModelLoaded()).isFalse();
  }

  @Test
  void preloadLeadModel_brokenModelIsReportedAtEachUseAndLoadedOnce(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("model.onnx"), "not a model");
    Files.writeString(dir.resolve("tokenizer.json"), "{}");
    Storyfold broken = new Storyfold(StoryfoldConfig.defaults().withModel(dir));
    broken.preloadLeadModel();
    broken.awaitLeadModel();
    assertThat(broken.leadModelLoaded()).isTrue();
    Article a = new Article("a", null, null, "Title", "Some text.", null, "en");
    Throwable first = catchThrowable(() -> broken.leads(i -> a).of(new int[] {0}));
    Throwable second = catchThrowable(() -> broken.leads(i -> a).of(new int[] {0}));
    assertThat(first).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot load the model in " + dir);
    assertThat(second).as("the failed load is kept, not tried again").isSameAs(first);
  }

  @Test
  void stories_emptyBatchGivesNoStories() {
    assertThat(engine.stories(List.of())).isEmpty();
  }
}
