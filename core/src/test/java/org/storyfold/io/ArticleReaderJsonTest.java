package org.storyfold.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.storyfold.extract.Extractor;
import org.storyfold.story.Rejection;

/** Articles posted as JSON: the reader a server uses, the same rules as {@code .jsonl} files. */
class ArticleReaderJsonTest {
  private static final String PAGE = "<html><head><title>Dam bursts in Orvik</title></head><body><article>"
      + "<h1>Dam bursts in Orvik</h1><p>The Orvik dam burst on Monday morning, flooding forty homes in the "
      + "lower town and cutting the road to the harbour for most of the day.</p><p>The mayor said the water "
      + "board had warned of cracks in the wall for two years before the spring floods.</p></article></body></html>";

  private static ReadResult read(String body, boolean lines) {
    return new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, new Extractor())
        .readJson("body", new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lines);
  }

  @Test
  void readJson_htmlInsteadOfText_extractedAndMarkedAsPage() {
    String line = "{\"id\":\"p1\",\"html\":\"" + PAGE.replace("\"", "\\\"") + "\",\"published\":\"2026-04-06\"}";
    ReadResult r = read(line, true);
    assertThat(r.rejections()).isEmpty();
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.text()).contains("flooding forty homes").doesNotContain("<p>");
      assertThat(a.title()).isEqualTo("Dam bursts in Orvik");
      assertThat(a.published()).isNotNull();
    });
    assertThat(r.pages()).containsExactly("p1");
  }

  @Test
  void readJson_oneObjectOverSeveralLines_isOneArticle() {
    ReadResult r = read("{\n  \"id\": 7,\n  \"text\": \"The Orvik dam burst on Monday.\"\n}\n", false);
    assertThat(r.rejections()).isEmpty();
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo("7"));
    assertThat(r.pages()).isEmpty();
  }

  @Test
  void readJson_badLinesBesideGood_eachNamedByLine() {
    String body = "{\"id\":\"a\",\"text\":\"The Orvik dam burst.\"}\n{broken\n{\"id\":\"b\"}\n"
        + "{\"id\":\"c\",\"text\":\"Roads closed.\",\"published\":\"last Monday\"}\n";
    ReadResult r = read(body, true);
    assertThat(r.articles()).extracting(a -> a.id()).containsExactly("a", "c");
    assertThat(r.rejections()).extracting(Rejection::input).containsExactly("body:2", "body:3");
    assertThat(r.rejections().get(1).reason()).contains("no \"text\"").contains("b");
    assertThat(r.warnings()).singleElement().asString().startsWith("body:4").contains("last Monday");
  }

  @Test
  void readJson_singleObjectWithTrailingText_rejectedAsTheBody() {
    ReadResult r = read("{\"id\":\"a\",\"text\":\"The Orvik dam burst.\"} extra", false);
    assertThat(r.articles()).isEmpty();
    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.input()).isEqualTo("body");
      assertThat(x.reason()).contains("text after the object");
    });
  }
}
