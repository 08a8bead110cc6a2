package org.storyfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster --format html}: the static site of the shipped examples, browsable from disk. */
class HtmlExportTest {
  static final Path EXAMPLES = Path.of(System.getProperty("storyfold.examples", "../examples"));

  @Test
  void cluster_htmlOfExamples_everyLocalLinkExists(@TempDir Path out) throws Exception {
    StoryfoldCommandTest.Run r = StoryfoldCommandTest.run("cluster", "--format", "html", "--output",
        out.toString(), EXAMPLES.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(out.resolve("index.html")).isRegularFile();
    long txt;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      txt = s.filter(p -> p.toString().endsWith(".txt")).count();
    }
    assertThat(out.resolve("articles").toFile().list()).hasSize((int) txt);
    List<Path> pages;
    try (Stream<Path> s = Files.walk(out)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).toList();
    }
    List<String> broken = new ArrayList<>();
    int local = 0;
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element e : doc.select("a[href], link[href], script[src]")) {
        String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (ref.startsWith("#") || ref.startsWith("http://") || ref.startsWith("https://")) {
          continue;
        }
        assertThat(ref).as("a link from disk must be relative: " + page).doesNotStartWith("/").doesNotContain(":");
        String file = URLDecoder.decode(ref.replaceAll("[#?].*$", ""), StandardCharsets.UTF_8);
        local++;
        if (!Files.isRegularFile(page.getParent().resolve(file).normalize())) {
          broken.add(out.relativize(page) + " -> " + ref);
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(local).isGreaterThan(pages.size());
    Document index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertThat(index.select("#stories li.card")).hasSize(out.resolve("stories").toFile().list().length);
  }

  @Test
  void cluster_htmlWithoutOutput_isUsageError(@TempDir Path dir) throws Exception {
    StoryfoldCommandTest.Run r = StoryfoldCommandTest.run("cluster", "--format", "html",
        StoryfoldCommandTest.folder(dir).toString());
    assertThat(r.status()).isEqualTo(StoryfoldCommand.USAGE);
    assertThat(r.err()).contains("--format html needs --output DIR");
  }

  @Test
  void cluster_outputWithJson_isUsageError(@TempDir Path dir) throws Exception {
    StoryfoldCommandTest.Run r = StoryfoldCommandTest.run("cluster", "--format", "json", "--output",
        dir.resolve("site").toString(), StoryfoldCommandTest.folder(dir).toString());
    assertThat(r.status()).isEqualTo(StoryfoldCommand.USAGE);
    assertThat(r.err()).contains("--output is for --format html");
  }
}
