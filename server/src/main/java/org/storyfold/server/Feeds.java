package org.storyfold.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.storyfold.story.Article;

/**
 * RSS 2.0 and Atom feeds saved to disk, one article per item or entry. Read with jsoup's XML parser:
 * ROME (com.rometools:rome), the usual Java feed library, is not among the artifacts that resolve
 * here, and jsoup is on the class path already. An item's HTML description becomes text; an item
 * without text is skipped.
 */
final class Feeds {
  private Feeds() {}

  /** A {@code .rss} or {@code .atom} file, or an {@code .xml} one whose start names a feed. */
  static boolean isFeed(Path p) throws IOException {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".rss") || name.endsWith(".atom")) {
      return true;
    }
    if (!name.endsWith(".xml")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(p)) {
      String head = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
      return head.contains("<rss") || head.contains("<feed");
    }
  }

  static List<Article> read(Path p) throws IOException {
    Document d;
    try (InputStream in = Files.newInputStream(p)) {
      d = Jsoup.parse(in, null, "", Parser.xmlParser());
    }
    List<Article> out = new ArrayList<>();
    String channel = first(d, "channel > title", "feed > title");
    for (Element item : d.getElementsByTag("item")) {
      String link = first(item, "link");
      String text = first(item, "content:encoded", "description");
      add(out, first(item, "guid", "link"), link, channel, first(item, "title"), text, first(item, "pubDate", "dc:date"));
    }
    for (Element entry : d.getElementsByTag("entry")) {
      Element link = entry.selectFirst("link[rel=alternate]");
      link = link != null ? link : entry.selectFirst("link");
      String href = link == null ? null : link.attr("href");
      add(out, first(entry, "id"), href, channel, first(entry, "title"), first(entry, "content", "summary"),
          first(entry, "published", "updated"));
    }
    return out;
  }

  private static void add(List<Article> out, String id, String url, String source, String title, String html,
                          String date) {
    String text = html == null ? "" : Jsoup.parse(html).text().strip();
    String key = id != null && !id.isBlank() ? id.strip() : url != null ? url : title;
    if (text.isEmpty() || key == null || key.isBlank()) {
      return;
    }
    out.add(new Article(key, url, source, title == null ? "" : Jsoup.parse(title).text(), text, date(date), null));
  }

  /** The text of the first element found by tag name, trying each name in turn, or null. */
  private static String first(Element scope, String... tags) {
    for (String tag : tags) {
      Element e = tag.contains(">") ? scope.selectFirst(tag) : scope.getElementsByTag(tag).first();
      if (e != null && !e.text().isBlank()) {
        return e.text();
      }
      if (e != null && !e.wholeText().isBlank()) {
        return e.wholeText();
      }
    }
    return null;
  }

  /** RSS dates are RFC 822 ({@code Mon, 02 Mar 2026 08:00:00 GMT}), Atom's ISO 8601; null when neither. */
  static OffsetDateTime date(String s) {
    if (s == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (DateTimeParseException notRss) {
      try {
        return OffsetDateTime.parse(s.strip());
      } catch (DateTimeParseException neither) {
        return null;
      }
    }
  }
}
