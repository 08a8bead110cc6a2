package org.storyfold.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyfold.extract.Extractor;
import org.storyfold.io.ArticleReader;
import org.storyfold.story.Article;

/**
 * How often the extractor finds a page's publication date, on the two extraction sets.
 *
 * <p>A page "carries a date in its metadata" when, independently of the extractor, its markup
 * declares one: a {@code <meta>} whose name, property or itemprop speaks of a (publication) date or
 * time and whose content holds a year, an element with {@code itemprop="datePublished"} or
 * {@code "dateCreated"}, a JSON-LD {@code datePublished} or {@code dateCreated}, or a
 * {@code <time datetime>}. The figure is the share of those pages for which the extractor returns a
 * date. Where a reference date exists (trafilatura's evaluation data give one for most pages, found
 * by its htmldate), the share that falls on the same day is reported too.
 */
public final class ExtractionDates {
  private ExtractionDates() {}

  /**
   * The counts for one set.
   *
   * @param pages        pages read
   * @param withMetadata pages that carry a date in their metadata
   * @param foundThere   of those, pages for which the extractor found a date
   * @param found        pages for which the extractor found a date (metadata or not)
   * @param referenced   pages with a reference date
   * @param sameDay      of those, pages whose extracted date falls on the reference day
   */
  public record Coverage(int pages, int withMetadata, int foundThere, int found, int referenced, int sameDay) {
    /** Share of the pages with a metadata date for which a date was found. */
    public double metadataShare() {
      return withMetadata == 0 ? 0 : (double) foundThere / withMetadata;
    }

    /** Share of the pages with a reference date whose found date is that day. */
    public double agreement() {
      return referenced == 0 ? 0 : (double) sameDay / referenced;
    }

    @Override
    public String toString() {
      String s = String.format(Locale.ROOT, "date found on %d/%d pages that carry one in their metadata (%.1f%%); "
          + "on %d/%d pages in all", foundThere, withMetadata, 100 * metadataShare(), found, pages);
      if (referenced > 0) {
        s += String.format(Locale.ROOT, "; same day as the reference on %d/%d (%.1f%%)", sameDay, referenced,
            100 * agreement());
      }
      return s;
    }
  }

  /** Dates on the Article Extraction Benchmark (no reference dates). */
  public static Coverage aeb(Path dir, Extractor extractor) {
    int pages = 0;
    int withMetadata = 0;
    int foundThere = 0;
    int found = 0;
    for (ExtractionBenchmark.Case c : ExtractionBenchmark.load(dir)) {
      if (c.html() == null) {
        continue;
      }
      pages++;
      boolean carries = carriesDate(Jsoup.parse(c.html(), c.url() == null ? "" : c.url()));
      boolean has = extractor.extract(c.html(), c.url()).published() != null;
      withMetadata += carries ? 1 : 0;
      foundThere += carries && has ? 1 : 0;
      found += has ? 1 : 0;
    }
    return new Coverage(pages, withMetadata, foundThere, found, 0, 0);
  }

  /** Dates on trafilatura's evaluation pages, read as {@code storyfold extract} reads them. */
  public static Coverage trafilatura(Path dir, Extractor extractor) {
    Map<String, LocalDate> reference = new HashMap<>();
    try {
      JsonNode data = new ObjectMapper().readTree(dir.resolve(TrafilaturaBenchmark.TRUTH_FILE).toFile());
      data.forEach(entry -> {
        String file = entry.path("file").asText("");
        String date = entry.path("date").asText("");
        if (file.endsWith(".html.gz") && date.matches("\\d{4}-\\d{2}-\\d{2}")) {
          try {
            reference.put(file.substring(0, file.length() - ".html.gz".length()), LocalDate.parse(date));
          } catch (java.time.DateTimeException e) {
            // a few reference dates are impossible ("2022-29-11"): no reference for that page
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the reader reads the pages, the markup check parses them again: the metadata test stays independent
    Map<String, OffsetDateTime> published = new HashMap<>();
    for (Article a : new ArticleReader(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, extractor)
        .read(List.of(dir.resolve("html").toString()), new ByteArrayInputStream(new byte[0])).articles()) {
      if (a.published() != null) {
        published.put(a.id(), a.published());
      }
    }
    int pages = 0;
    int withMetadata = 0;
    int foundThere = 0;
    int referenced = 0;
    int sameDay = 0;
    for (TrafilaturaBenchmark.Case c : TrafilaturaBenchmark.load(dir)) {
      pages++;
      OffsetDateTime date = published.get(c.id());
      boolean carries = carriesDate(TrafilaturaBenchmark.page(dir, c));
      withMetadata += carries ? 1 : 0;
      foundThere += carries && date != null ? 1 : 0;
      LocalDate ref = reference.get(c.id());
      if (ref != null) {
        referenced++;
        sameDay += date != null && date.toLocalDate().equals(ref) ? 1 : 0;
      }
    }
    return new Coverage(pages, withMetadata, foundThere, published.size(), referenced, sameDay);
  }

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[89]\\d|20\\d\\d)(?!\\d)");
  private static final Pattern DATE_NAME = Pattern.compile(
      "(?i).*(date|time|pubdate|published|created|issued).*");
  private static final Pattern NOT_PUBLICATION = Pattern.compile("(?i).*(modif|updat|expir|valid|end|start).*");

  /** Whether the page's markup declares a date (see the class comment); no extractor code is used. */
  static boolean carriesDate(Document doc) {
    for (Element meta : doc.select("meta[content]")) {
      String name = meta.attr("property") + " " + meta.attr("name") + " " + meta.attr("itemprop");
      if (DATE_NAME.matcher(name).matches() && !NOT_PUBLICATION.matcher(name).matches()
          && YEAR.matcher(meta.attr("content")).find()) {
        return true;
      }
    }
    for (Element e : doc.select("[itemprop~=(?i)^(datePublished|dateCreated)$]")) {
      if (YEAR.matcher(e.attr("content") + " " + e.attr("datetime") + " " + e.text()).find()) {
        return true;
      }
    }
    for (Element script : doc.select("script[type~=(?i)ld\\+json]")) {
      String json = script.data();
      if ((json.contains("\"datePublished\"") || json.contains("\"dateCreated\"")) && YEAR.matcher(json).find()) {
        return true;
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      if (YEAR.matcher(time.attr("datetime")).find()) {
        return true;
      }
    }
    return false;
  }

  /** Prints the coverage on both sets (default folders under {@code ../shared/eval}). */
  public static void main(String[] args) {
    Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
    Extractor extractor = new Extractor();
    System.out.println("AEB: " + aeb(eval.resolve("aeb"), extractor));
    System.out.println("trafilatura_dev: " + trafilatura(eval.resolve("trafilatura_dev"), extractor));
  }
}
