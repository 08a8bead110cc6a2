package org.storyfold.pages;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.storyfold.StoryReport;
import org.storyfold.reuse.Relation;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/** The data a template shows, as plain records: every string here is escaped by the template. */
final class Views {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  private Views() {}

  /** A link with its visible text. */
  record Ref(String name, String href) {}

  /** One story on the front page. */
  record Card(String headline, String href, int size, String sources, String languages, String span) {}

  /** Everything a page shares: its title, where its assets are, whether it listens for updates. */
  record Page(String title, Site site, String css, String js) {}

  record Front(Page page, List<Card> cards, String query, String search, String fragment, String events,
               String heading) {}

  record Missing(Page page, String what) {}

  static Card card(Story story, StoryReport report, Site site) {
    int outlets = outlets(story.articles());
    Integer independent = independent(story, report);
    String sources = plural(outlets, "outlet") + (independent == null ? "" : ", "
        + plural(independent, "independent report"));
    return new Card(headline(story), site.story(story.id()), story.articles().size(), sources,
        String.join(", ", languages(story.articles())), span(story.articles()));
  }

  static String headline(Story story) {
    return story.headline().isBlank() ? "(no headline)" : story.headline();
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** The name a reader knows an article by: its outlet, else its id. */
  static String outlet(Article a) {
    return a.source() != null && !a.source().isBlank() ? a.source() : a.id();
  }

  static int outlets(List<Article> articles) {
    Set<String> names = new LinkedHashSet<>();
    articles.forEach(a -> names.add(outlet(a)));
    return names.size();
  }

  /**
   * Articles that derive from no other article of the story (wire copies, rewrites, translations and
   * partial copies folded into their source); null when the story was not described.
   */
  static Integer independent(Story story, StoryReport report) {
    if (report == null) {
      return story.articles().size() == 1 ? 1 : null;
    }
    Set<String> ids = new TreeSet<>();
    story.articles().forEach(a -> ids.add(a.id()));
    int n = 0;
    for (Article a : story.articles()) {
      Relation r = report.reuse().relations().get(a.id());
      if (r == null || !r.kind().derived() || r.of() == null || !ids.contains(r.of())) {
        n++;
      }
    }
    return n;
  }

  static List<String> languages(List<Article> articles) {
    Set<String> langs = new TreeSet<>();
    articles.stream().map(Article::language).filter(Objects::nonNull).forEach(langs::add);
    return new ArrayList<>(langs);
  }

  /** "2 Mar 2026 08:00 – 3 Mar 2026 12:00 UTC", or empty when no date is known. */
  static String span(List<Article> articles) {
    OffsetDateTime first = null;
    OffsetDateTime last = null;
    for (Article a : articles) {
      OffsetDateTime t = a.published();
      if (t != null) {
        first = first == null || t.isBefore(first) ? t : first;
        last = last == null || t.isAfter(last) ? t : last;
      }
    }
    if (first == null) {
      return "";
    }
    return first.isEqual(last) ? time(first) : time(first) + " – " + time(last);
  }

  static String time(OffsetDateTime t) {
    return t == null ? "" : TIME.format(t.atZoneSameInstant(ZoneOffset.UTC)) + " UTC";
  }

  /** A percentage for a fraction in [0, 1]. */
  static String percent(double fraction) {
    return Math.round(100 * fraction) + "%";
  }

  /** Only web links are offered as links: an article's url could say {@code javascript:}. */
  static String webLink(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
  }

  static Map<String, Article> byId(Story story) {
    Map<String, Article> m = new LinkedHashMap<>();
    story.articles().forEach(a -> m.put(a.id(), a));
    return m;
  }
}
