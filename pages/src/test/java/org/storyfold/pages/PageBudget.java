package org.storyfold.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.storyfold.StoryReport;
import org.storyfold.Storyfold;
import org.storyfold.extract.Cleaning;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * Prints the weight and the server render time of a big story page (a command, not a test: timings
 * belong in a report, not in an assertion). The story: ARTICLES articles (default 500) made from the
 * shipped examples' plant-fire story, each one of its nine articles with one paragraph dropped at random
 * (seeded), under its own outlet and minute, then described once by the engine as the server does.
 *
 * <pre>
 *   java -cp ... org.storyfold.pages.PageBudget [EXAMPLES_DIR] [ARTICLES] [RENDERS]
 * </pre>
 */
public final class PageBudget {
  private PageBudget() {}

  public static void main(String[] args) throws IOException {
    Path examples = Path.of(args.length > 0 ? args[0] : "examples");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int renders = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    Story story = new Story("s1", "Fire at Port Calder chemical plant", articles(examples, n));
    Storyfold engine = Storyfold.withDefaults();
    long t0 = System.nanoTime();
    StoryReport report = engine.describe(story, new Cleaning(story.articles(), Map.of()));
    double describeMs = (System.nanoTime() - t0) / 1e6;
    Pages.Described d = new Pages.Described(story, report);
    Pages pages = Pages.server();
    String html = pages.story(d);
    for (int i = 0; i < 50; i++) {
      pages.story(d); // warm-up: the first renders run interpreted
    }
    double[] ms = new double[renders];
    for (int i = 0; i < renders; i++) {
      long s = System.nanoTime();
      html = pages.story(d);
      ms[i] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(ms);
    int htmlBytes = bytes(html);
    int css = bytes(Pages.css());
    int js = bytes(Pages.js());
    System.out.printf(Locale.ROOT, "story page of %d articles (%d in the tree's rows, %d derived)%n", n,
        html.split("<circle", -1).length - 1, report.reuse().relations().values().stream()
            .filter(r -> r.kind().derived()).count());
    System.out.printf(Locale.ROOT, "weight: HTML %,d + CSS %,d + JS %,d = %,d bytes (%.1f KB); gzip %,d bytes%n",
        htmlBytes, css, js, htmlBytes + css + js, (htmlBytes + css + js) / 1024.0, gzip(html) + gzip(Pages.css())
            + gzip(Pages.js()));
    System.out.printf(Locale.ROOT, "render (template, described story kept): median %.2f ms, p90 %.2f ms, max %.2f ms"
        + " over %d renders%n", ms[renders / 2], ms[(int) (renders * 0.9)], ms[renders - 1], renders);
    System.out.printf(Locale.ROOT, "describe (engine, once per change of the story, then kept): %.0f ms%n", describeMs);
  }

  static List<Article> articles(Path examples, int n) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(examples)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("a-")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no a-*.txt examples in " + examples.toAbsolutePath());
    }
    Random random = new Random(13);
    OffsetDateTime start = OffsetDateTime.parse("2026-06-09T05:00:00Z");
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text = Files.readString(files.get(i % files.size()), StandardCharsets.UTF_8).strip();
      int cut = text.indexOf('\n');
      List<String> paragraphs = new ArrayList<>(Arrays.asList(text.substring(cut + 1).strip().split("\n\\s*\n")));
      if (i >= files.size() && paragraphs.size() > 2) {
        paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
      }
      out.add(new Article(String.format(Locale.ROOT, "n%03d", i), null, "outlet" + i + ".example",
          text.substring(0, cut).strip(), String.join("\n\n", paragraphs), start.plusMinutes(i), null));
    }
    return out;
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static int gzip(String s) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return b.size();
  }
}
