package org.storyfold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/** The same articles as text, as HTML pages and inside a WARC fold into the same stories. */
class StoryfoldFormatsTest {
  static final Storyfold ENGINE = new Storyfold(StoryfoldConfig.defaults());

  static List<Article> cleanExamples() {
    Path examples = TestData.require(TestData.examples());
    ReadResult read = new ArticleReader().read(List.of(examples.toString()), System.in);
    return ENGINE.clean(read.articles(), read.pages()).articles();
  }

  /** A page as a site would serve it: navigation, the article, related links, a footer. */
  static String page(Article a) {
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(a.title())).append(" | The Daily Test</title></head><body>")
        .append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav>")
        .append("<article><h1>").append(escape(a.title())).append("</h1>");
    for (String p : a.text().split("\n+")) {
      if (!p.isBlank()) {
        html.append("<p>").append(escape(p.strip())).append("</p>");
      }
    }
    html.append("</article><aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">Other story one</a></li>")
        .append("<li><a href=\"/b\">Other story two</a></li></ul></aside><footer>© The Daily Test</footer></body></html>");
    return html.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static Set<Set<String>> partition(List<Story> stories) {
    return stories.stream()
        .map(s -> s.articles().stream().map(Article::id).map(id -> id.replaceFirst("^.*?-(\\d+)$", "$1"))
            .collect(Collectors.toCollection(TreeSet::new)))
        .collect(Collectors.toSet());
  }

  static Set<Set<String>> partitionByIndex(List<Story> stories, List<Article> order) {
    List<String> ids = order.stream().map(Article::id).toList();
    return stories.stream()
        .map(s -> s.articles().stream().map(a -> Integer.toString(indexOf(ids, a)))
            .collect(Collectors.toCollection(TreeSet::new)))
        .collect(Collectors.toSet());
  }

  static int indexOf(List<String> ids, Article a) {
    String id = a.id();
    int i = ids.indexOf(id);
    if (i >= 0) {
      return i;
    }
    // WARC ids are <file>-<record>; HTML ids are the file names we gave them.
    return Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
  }

  @Test
  void stories_htmlPagesGiveTheSameStoriesAsText(@TempDir Path dir) throws Exception {
    List<Article> articles = cleanExamples();
    for (int i = 0; i < articles.size(); i++) {
      Files.writeString(dir.resolve("page-" + i + ".html"), page(articles.get(i)), StandardCharsets.UTF_8);
    }
    ReadResult html = new ArticleReader().read(List.of(dir.toString()), System.in);
    assertThat(html.rejections()).isEmpty();
    assertThat(html.articles()).hasSize(articles.size());
    List<Story> fromHtml = ENGINE.stories(ENGINE.clean(html.articles(), html.pages()).articles());
    List<Story> fromText = ENGINE.stories(articles);
    assertThat(partition(fromHtml)).isEqualTo(partitionByIndex(fromText, articles));
  }

  @Test
  void stories_warcRecordsGiveTheSameStoriesAsText(@TempDir Path dir) throws Exception {
    List<Article> articles = cleanExamples();
    Path warc = dir.resolve("crawl.warc.gz");
    try (java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE)) {
      WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP);
      for (int i = 0; i < articles.size(); i++) {
        byte[] body = page(articles.get(i)).getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), body).build();
        writer.write(new WarcResponse.Builder("https://daily.example/story-" + i)
            .date(Instant.parse("2025-06-09T12:00:00Z")).body(http).build());
      }
    }
    ReadResult read = new ArticleReader().read(List.of(warc.toString()), System.in);
    assertThat(read.rejections()).isEmpty();
    assertThat(read.articles()).hasSize(articles.size());
    assertThat(read.articles()).allMatch(a -> a.url().startsWith("https://daily.example/story-"));
    List<Story> fromWarc = ENGINE.stories(ENGINE.clean(read.articles(), read.pages()).articles());
    Set<Set<String>> warcPartition = fromWarc.stream()
        .map(s -> s.articles().stream().map(a -> a.url().substring(a.url().lastIndexOf('-') + 1))
            .collect(Collectors.toCollection(TreeSet::new)))
        .collect(Collectors.toSet());
    // One crawl date for all: the dates cannot split what the text version kept together.
    assertThat(warcPartition).isEqualTo(partitionByIndex(ENGINE.stories(articles), articles));
  }
}
