package org.storyfold.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.StoryReport;
import org.storyfold.Storyfold;
import org.storyfold.extract.Cleaning;
import org.storyfold.pages.Pages;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * The reader's pages on the live server: {@code /} (latest stories, search, live updates),
 * {@code /stories/{id}}, {@code /articles/{id}} and their assets. It reads the store only through what
 * the API reads ({@link Ingest}'s stories and articles) and renders with the pages module's templates.
 * A story's description is computed once per size of the story and kept (a story only grows), so a
 * page is rendered, not re-analysed, until the story changes.
 */
final class PageRoutes {
  /** Stories on the front page unless {@code ?limit=} says otherwise. */
  private static final int FRONT = 20;
  /** Descriptions kept: the front page's stories and the ones being read, least recently used dropped. */
  private static final int KEPT = 256;
  /** Pages run no script of their own making and load nothing from elsewhere, whatever an article says. */
  private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private record Kept(int size, Pages.Described described) {}

  private final Storyfold engine;
  private final Ingest ingest;
  private final Pages pages = Pages.server();
  private final String css = Pages.css();
  private final String js = Pages.js();
  private final Map<String, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
      return size() > KEPT;
    }
  });

  private final Set<String> refreshing = java.util.concurrent.ConcurrentHashMap.newKeySet();
  /** One story described at a time in the background: the machine's cores belong to ingest first. */
  private final java.util.concurrent.ExecutorService background =
      java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "storyfold-pages");
    t.setDaemon(true);
    return t;
  });

  PageRoutes(Storyfold engine, Ingest ingest) {
    this.engine = engine;
    this.ingest = ingest;
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::front);
    routes.get("/fragments/stories", this::fragment);
    routes.get("/stories/{id}", this::story);
    routes.get("/articles", ctx -> article(ctx, ctx.queryParam("id")));
    routes.get("/articles/{id}", ctx -> article(ctx, ctx.pathParam("id")));
    routes.get("/assets/" + Pages.CSS, ctx -> asset(ctx, "text/css; charset=utf-8", css));
    routes.get("/assets/" + Pages.JS, ctx -> asset(ctx, "text/javascript; charset=utf-8", js));
  }

  private void front(Context ctx) throws IOException {
    html(ctx, HttpStatus.OK, pages.front(latest(ctx.queryParam("q"), limit(ctx)), ctx.queryParam("q")));
  }

  private void fragment(Context ctx) throws IOException {
    html(ctx, HttpStatus.OK, pages.cards(latest(ctx.queryParam("q"), limit(ctx))));
  }

  private static int limit(Context ctx) {
    try {
      String v = ctx.queryParam("limit");
      return v == null ? FRONT : Math.max(1, Math.min(200, Integer.parseInt(v.strip())));
    } catch (NumberFormatException e) {
      return FRONT;
    }
  }

  /** The live stories with the latest activity, or those holding an article that matches {@code q}. */
  private List<Pages.Described> latest(String q, int limit) throws IOException {
    List<Stored> chosen = ingest.latest(q, Long.MIN_VALUE, limit);
    List<Pages.Described> out = new ArrayList<>();
    for (Stored st : chosen) {
      Pages.Described d = described(st);
      if (d != null) {
        out.add(d);
      }
    }
    return out;
  }

  private void story(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Stored st = ingest.story(id);
    if (st != null && st.into() != null) {
      String survivor = java.net.URLEncoder.encode(ingest.resolve(id), java.nio.charset.StandardCharsets.UTF_8);
      ctx.redirect("/stories/" + survivor, HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    Pages.Described d = st == null ? null : described(st);
    if (d == null) {
      html(ctx, HttpStatus.NOT_FOUND, pages.notFound("There is no story " + id + "."));
      return;
    }
    html(ctx, HttpStatus.OK, pages.story(d));
  }

  private void article(Context ctx, String id) throws IOException {
    Article a = id == null || id.isBlank() ? null : ingest.article(id);
    if (a == null) {
      html(ctx, HttpStatus.NOT_FOUND, pages.notFound("There is no article with that id."));
      return;
    }
    String storyId = ingest.storyOf(id);
    Stored st = storyId == null ? null : ingest.story(storyId);
    html(ctx, HttpStatus.OK, pages.article(a, st == null ? null : described(st)));
  }

  /**
   * The story with its description. A description kept for the story's current size is used as it
   * is. One kept for an earlier size is shown with the story's current articles (the newer ones without
   * a relation yet) while the story is described again in the background: describing a big story costs
   * seconds (about 19 s for 500 articles here), rendering it milliseconds. Only a story never described
   * is described while the reader waits.
   */
  private Pages.Described described(Stored st) throws IOException {
    Kept k = kept.get(st.id());
    if (k != null && k.size() == st.members().size()) {
      return k.described();
    }
    Story story = story(st);
    if (story == null) {
      return null;
    }
    if (k != null && k.described().report() != null) {
      if (refreshing.add(st.id())) {
        background.execute(() -> {
          try {
            describe(story, st.members().size());
          } catch (RuntimeException e) {
            // the older description stays; the next view tries again
          } finally {
            refreshing.remove(st.id());
          }
        });
      }
      return new Pages.Described(story, k.described().report());
    }
    return describe(story, st.members().size());
  }

  private Pages.Described describe(Story story, int size) {
    StoryReport report = story.articles().size() < 2 ? null
        : engine.describe(story, new Cleaning(story.articles(), Map.of()));
    Pages.Described d = new Pages.Described(story, report);
    kept.merge(story.id(), new Kept(size, d), (old, fresh) -> fresh.size() >= old.size() ? fresh : old);
    return d;
  }

  /** The stored story with its articles in the order the API gives: by publication time, then id. */
  private Story story(Stored st) throws IOException {
    return ingest.assemble(st);
  }

  /**
   * Takes no more background work (the server is closing). No interrupt, as in the server's own close: a
   * running description finishes on its daemon thread and is dropped.
   */
  void close() {
    background.shutdown();
  }

  private static void html(Context ctx, HttpStatus status, String page) {
    ctx.status(status).header("Content-Security-Policy", POLICY).header("X-Content-Type-Options", "nosniff")
        .contentType("text/html; charset=utf-8").result(page);
  }

  private static void asset(Context ctx, String type, String body) {
    ctx.header("Cache-Control", "public, max-age=300").header("X-Content-Type-Options", "nosniff")
        .contentType(type).result(body);
  }
}
