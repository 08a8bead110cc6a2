package org.storyfold.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyfold.TestData;
import org.storyfold.extract.Extractor;
import org.storyfold.story.Article;

class WarcFilesTest {
  private static final Instant CRAWLED = Instant.parse("2024-03-01T12:00:00Z");

  @TempDir
  Path tmp;

  private record PageCase(String url, String html) {}

  private record AebPage(String url, String html, String truth) {}

  /** The first {@code n} AEB pages in id order: html, url and true article body. */
  private static List<AebPage> aebPages(Path aeb, int n) throws IOException {
    com.fasterxml.jackson.databind.JsonNode truth = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(aeb.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    List<AebPage> pages = new ArrayList<>();
    for (String id : ids.subList(0, n)) {
      byte[] gz = java.nio.file.Files.readAllBytes(aeb.resolve("html").resolve(id + ".html.gz"));
      String html = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz)).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
      pages.add(new AebPage(truth.get(id).get("url").asText(), html, truth.get(id).get("articleBody").asText()));
    }
    return pages;
  }

  @Test
  void read_warcWithAebPagesAndTruncatedTail_keepsThreeArticlesAndRejectsTruncated() throws IOException {
    List<AebPage> cases = aebPages(TestData.eval("aeb"), 3);
    List<PageCase> pages = new ArrayList<>();
    for (AebPage c : cases) {
      pages.add(new PageCase(c.url(), c.html()));
    }
    Path warc = tmp.resolve("crawl.warc");
    try (FileChannel out = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      WarcWriter writer = new WarcWriter(out, WarcCompression.NONE);
      writeCapture(writer, pages);
    }
    appendTruncated(warc, "https://example.org/cut-short", WarcCompression.NONE);

    ReadResult result = new ArticleReader().read(List.of(warc.toString()), new ByteArrayInputStream(new byte[0]));

    assertThat(result.articles()).extracting(Article::url)
        .containsExactly(cases.get(0).url(), cases.get(1).url(), cases.get(2).url());
    Extractor extractor = new Extractor();
    for (int i = 0; i < 3; i++) {
      Article a = result.articles().get(i);
      assertThat(a.text()).isEqualTo(extractor.extract(cases.get(i).html(), cases.get(i).url()).text());
      String firstTrueLine = cases.get(i).truth().lines().findFirst().orElseThrow();
      assertThat(a.text()).contains(firstTrueLine.substring(0, Math.min(60, firstTrueLine.length())).strip());
      assertThat(a.published()).isNotNull();
    }
    assertThat(result.rejections()).hasSize(1);
    assertThat(result.rejections().get(0).reason()).contains("truncated");
    assertThat(result.rejections().get(0).input()).contains("crawl.warc").contains("cut-short");
  }

  @Test
  void read_gzippedWarc_readsEveryHtmlResponse() throws IOException {
    List<PageCase> pages = List.of(
        new PageCase("https://example.org/a", page("First story", "Rivers rose across the valley overnight.")),
        new PageCase("https://example.org/b", page("Second story", "The council approved the new budget.")));
    Path warc = tmp.resolve("crawl.warc.gz");
    try (FileChannel out = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      writeCapture(new WarcWriter(out, WarcCompression.GZIP), pages);
    }

    ReadResult result = new ArticleReader().read(List.of(warc.toString()), new ByteArrayInputStream(new byte[0]));

    assertThat(result.rejections()).isEmpty();
    assertThat(result.articles()).extracting(Article::url)
        .containsExactly("https://example.org/a", "https://example.org/b");
    assertThat(result.articles().get(0).text()).contains("Rivers rose across the valley overnight.");
    assertThat(result.articles().get(0).title()).isEqualTo("First story");
    assertThat(result.articles().get(0).published())
        .isEqualTo(OffsetDateTime.ofInstant(CRAWLED, ZoneOffset.UTC));
    assertThat(result.articles()).extracting(Article::id).doesNotHaveDuplicates();
  }

  @Test
  void read_gzippedWarcCutInsideLastRecord_keepsEarlierArticlesAndRejects() throws IOException {
    List<PageCase> pages = List.of(
        new PageCase("https://example.org/a", page("First story", "Rivers rose across the valley overnight.")));
    Path warc = tmp.resolve("crawl.warc.gz");
    try (FileChannel out = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      writeCapture(new WarcWriter(out, WarcCompression.GZIP), pages);
    }
    appendTruncated(warc, "https://example.org/cut-short", WarcCompression.GZIP);

    ReadResult result = new ArticleReader().read(List.of(warc.toString()), new ByteArrayInputStream(new byte[0]));

    assertThat(result.articles()).extracting(Article::url).containsExactly("https://example.org/a");
    assertThat(result.rejections()).hasSize(1);
    assertThat(result.rejections().get(0).reason()).containsAnyOf("truncated", "corrupt");
  }

  @Test
  void read_recordOverSizeLimit_isRejectedWithItsReason() throws IOException {
    String big = page("Long story", "Words and more words. ".repeat(400));
    Path warc = tmp.resolve("big.warc");
    try (FileChannel out = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      writeCapture(new WarcWriter(out, WarcCompression.NONE), List.of(
          new PageCase("https://example.org/big", big),
          new PageCase("https://example.org/small", page("Short story", "A short and complete story here."))));
    }

    ReadResult result = new ArticleReader(4096, new Extractor())
        .read(List.of(warc.toString()), new ByteArrayInputStream(new byte[0]));

    assertThat(result.articles()).extracting(Article::url).containsExactly("https://example.org/small");
    assertThat(result.rejections()).singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("too large").contains("4096"));
  }

  @Test
  void read_responseDeclaringWindows1251_decodesWithoutMojibake() throws IOException {
    String html = "<html lang=\"ru\"><head><title>Новости</title></head><body><article><p>"
        + "Городской совет утвердил новый бюджет на следующий год, сообщили в администрации.</p>"
        + "</article></body></html>";
    Path warc = tmp.resolve("ru.warc");
    try (FileChannel out = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      WarcWriter writer = new WarcWriter(out, WarcCompression.NONE);
      HttpResponse http = new HttpResponse.Builder(200, "OK")
          .body(MediaType.parse("text/html; charset=windows-1251"), html.getBytes("windows-1251")).build();
      writer.write(new WarcResponse.Builder("https://example.ru/news").date(CRAWLED).body(http).build());
    }

    ReadResult result = new ArticleReader().read(List.of(warc.toString()), new ByteArrayInputStream(new byte[0]));

    assertThat(result.articles()).singleElement()
        .satisfies(a -> assertThat(a.text()).contains("Городской совет утвердил новый бюджет"));
  }

  private static String page(String title, String body) {
    return "<!doctype html><html lang=\"en\"><head><title>" + title + "</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>"
        + "<p>" + body + "</p><p>" + body + " It was the second paragraph, longer than the first one.</p>"
        + "</article><footer>Copyright</footer></body></html>";
  }

  /** Per page: a request, the HTML response, and a metadata record; a JSON response at the end. */
  private static void writeCapture(WarcWriter writer, List<PageCase> pages) throws IOException {
    for (PageCase p : pages) {
      writer.write(new WarcRequest.Builder(p.url()).date(CRAWLED)
          .body(new HttpRequest.Builder("GET", p.url()).addHeader("Host", "example.org").build()).build());
      HttpResponse http = new HttpResponse.Builder(200, "OK")
          .body(MediaType.HTML_UTF8, p.html().getBytes(StandardCharsets.UTF_8)).build();
      writer.write(new WarcResponse.Builder(p.url()).date(CRAWLED).body(http).build());
      writer.write(new WarcMetadata.Builder().targetURI(p.url()).date(CRAWLED)
          .fields(Map.of("fetchTimeMs", List.of("120"))).build());
    }
    HttpResponse json = new HttpResponse.Builder(200, "OK")
        .body(MediaType.JSON, "{\"not\": \"html\"}".getBytes(StandardCharsets.UTF_8)).build();
    writer.write(new WarcResponse.Builder("https://example.org/api").date(CRAWLED).body(json).build());
  }

  /** Appends the first half of one more response record, as a crawl cut short would leave it. */
  private static void appendTruncated(Path warc, String url, WarcCompression compression) throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(whole), compression);
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.HTML_UTF8, page("Cut story", "This page never arrived whole. ".repeat(50))
            .getBytes(StandardCharsets.UTF_8)).build();
    WarcRecord record = new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    writer.write(record);
    byte[] bytes = whole.toByteArray();
    try (OutputStream out = Files.newOutputStream(warc, StandardOpenOption.APPEND)) {
      out.write(bytes, 0, bytes.length / 2);
    }
  }
}
