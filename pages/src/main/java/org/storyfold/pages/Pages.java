package org.storyfold.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.storyfold.StoryReport;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * The HTML pages of stories, for the live server ({@link #server()}: absolute paths, a search box, live
 * updates) and for a static export ({@link #files()}: relative file links that work from disk). The
 * templates are jte's, compiled at build time; everything that came from an article is escaped by them.
 *
 * <pre>
 *   Pages pages = Pages.server();
 *   String html = pages.story(new Pages.Described(story, engine.describe(story, cleaning)));
 * </pre>
 */
public final class Pages {
  /** The stylesheet's and the script's file names (under /assets/ on the server, beside index.html on disk). */
  public static final String CSS = "storyfold.css";
  public static final String JS = "storyfold.js";

  /**
   * A story with what the engine says about it.
   *
   * @param story  the story
   * @param report its description, or null (a story of one article, or one whose description failed)
   */
  public record Described(Story story, StoryReport report) {
    public Described {
      Objects.requireNonNull(story, "story");
    }
  }

  private final TemplateEngine templates =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(), "org.storyfold.pages");
  private final boolean live;

  private Pages(boolean live) {
    this.live = live;
  }

  /** Pages for the live server: links are /stories/{id}, /articles/{id}, /assets/... */
  public static Pages server() {
    return new Pages(true);
  }

  /** Pages for a static export: index.html, stories/ID.html, articles/ID.html, with relative links. */
  public static Pages files() {
    return new Pages(false);
  }

  private Site site(int depth) {
    return live ? Site.server() : Site.files(depth);
  }

  private Views.Page page(String title, int depth) {
    Site site = site(depth);
    return new Views.Page(title.isBlank() ? "Storyfold" : title + " — Storyfold", site, site.asset(CSS),
        site.asset(JS));
  }

  /**
   * The front page: the given stories in the given order. On the server it has a search box (showing
   * {@code query}) and refreshes its list from {@link #cards} when the server announces a change.
   */
  public String front(List<Described> stories, String query) {
    String q = query == null ? "" : query;
    Site site = site(0);
    String heading = !q.isBlank() ? "Stories matching “" + q + "”"
        : live ? "Latest stories" : stories.size() == 1 ? "1 story" : stories.size() + " stories";
    String fragment = !live ? null
        : "/fragments/stories" + (q.isBlank() ? "" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    return render("front.jte", new Views.Front(page(q.isBlank() ? "" : q, 0), cards(stories, site), q,
        live ? "/" : null, fragment, live ? "/api/events" : null, heading));
  }

  /** The front page's list alone (the live page fetches it again when a story changes). */
  public String cards(List<Described> stories) {
    return render("cards.jte", cards(stories, site(0)));
  }

  private static List<Views.Card> cards(List<Described> stories, Site site) {
    return stories.stream().map(d -> Views.card(d.story(), d.report(), site)).toList();
  }

  /** A story's page. */
  public String story(Described d) {
    return render("story.jte", StoryPage.build(d.story(), d.report(), page(Views.headline(d.story()), 1)));
  }

  /** An article's page; {@code in} is its story (with its description when there is one), or null. */
  public String article(Article article, Described in) {
    return render("article.jte", ArticlePage.build(article, in == null ? null : in.story(),
        in == null ? null : in.report(), page(article.title(), 1)));
  }

  /** A page that says what was not found, with a way home. */
  public String notFound(String what) {
    return render("missing.jte", new Views.Missing(page("Not found", 1), what));
  }

  /** The stylesheet. */
  public static String css() {
    return resource(CSS);
  }

  /** The script: live updates of the front page, and a shared passage lit together with its source. */
  public static String js() {
    return resource(JS);
  }

  /**
   * A file name for an id that is safe on any file system and in a relative link: letters, digits, '-'
   * and '_' kept, anything else replaced, and then a hash of the id added so two ids never share a name.
   */
  public static String fileName(String id) {
    StringBuilder b = new StringBuilder();
    boolean changed = id.length() > 80;
    for (int i = 0; i < id.length() && b.length() < 80; i++) {
      char c = id.charAt(i);
      boolean safe = c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_');
      b.append(safe ? c : '_');
      changed |= !safe;
    }
    if (changed || b.length() == 0) {
      b.append('-').append(String.format("%08x", id.hashCode()));
    }
    return b.toString();
  }

  private String render(String template, Object view) {
    StringOutput out = new StringOutput(16 << 10);
    templates.render(template, view, out);
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the pages module");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
