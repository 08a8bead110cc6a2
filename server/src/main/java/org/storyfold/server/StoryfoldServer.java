package org.storyfold.server;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.storyfold.Storyfold;

/**
 * {@code storyfold serve}: the engine behind HTTP. Articles come in ({@code POST /api/articles}),
 * each goes to its story at once (the engine's grouping over the new article and its candidate
 * stories), and the reply comes only once the change is in the write-ahead log on disk; the Lucene
 * store in the data folder is committed every five seconds and the log replayed on start. Reads are open,
 * writes need the token.
 *
 * <pre>
 *   StoryfoldServer s = StoryfoldServer.start(ServerOptions.defaults().withPort(0).withData(dir));
 *   ... s.port() ...
 *   s.close();
 * </pre>
 */
public final class StoryfoldServer implements AutoCloseable {
  private final Javalin app;
  private final Ingest ingest;
  private final Events events;
  private final ScheduledExecutorService background;
  private final String token;
  private final PageRoutes pages;

  private StoryfoldServer(Javalin app, Ingest ingest, Events events, ScheduledExecutorService background,
                          String token, PageRoutes pages) {
    this.app = app;
    this.ingest = ingest;
    this.events = events;
    this.background = background;
    this.token = token;
    this.pages = pages;
  }

  /** Opens the store (replaying the log), then listens. Prints a generated token once to {@code out}. */
  public static StoryfoldServer start(ServerOptions options, PrintStream out) throws IOException {
    Files.createDirectories(options.data());
    String token = Tokens.resolve(options.token() != null ? options.token() : System.getenv("STORYFOLD_TOKEN"),
        options.data(), out);
    Storyfold engine = new Storyfold(options.engine());
    Events events = new Events();
    Ingest ingest = new Ingest(engine, options.data(),
        GroupingConfig.defaults(options.merges()), events);
    Metrics metrics = new Metrics();
    Api api = new Api(engine, ingest, new Inputs(engine), metrics, token,
        options.maxBodyBytes(), options.data());
    PageRoutes pages = new PageRoutes(engine, ingest);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = options.maxBodyBytes();
      config.jetty.host = options.host();
      config.jetty.port = options.port();
      config.routes.post("/api/articles", api::postArticles);
      config.routes.get("/api/articles", ctx -> api.getArticle(ctx, ctx.queryParam("id")));
      config.routes.get("/api/articles/{id}", ctx -> api.getArticle(ctx, ctx.pathParam("id")));
      config.routes.get("/api/stories", api::listStories);
      config.routes.get("/api/stories/{id}", api::getStory);
      config.routes.sse("/api/events", events::connect);
      config.routes.get("/health", api::health);
      config.routes.get("/metrics", api::metrics);
      pages.register(config.routes);
      // Never a stack trace in a reply: the reason, in JSON.
      config.routes.exception(Exception.class, (e, ctx) -> Api.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
          "internal error: " + e.getClass().getSimpleName()));
      config.routes.error(404, ctx -> {
        boolean page = ctx.res().getContentType() != null && ctx.res().getContentType().startsWith("text/html");
        if (!page && (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{"))) {
          Api.error(ctx, HttpStatus.NOT_FOUND, "no such resource");
        }
      });
      config.routes.error(405, ctx -> Api.error(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed"));
    });
    ScheduledExecutorService background = Executors.newScheduledThreadPool(2, r -> {
      Thread t = new Thread(r, "storyfold-background");
      t.setDaemon(true);
      return t;
    });
    background.scheduleWithFixedDelay(() -> {
      try {
        ingest.commit();
      } catch (IOException | RuntimeException e) {
        out.println("storyfold: index commit failed (the log still holds everything): " + e.getMessage());
      }
    }, options.commitMillis(), options.commitMillis(), TimeUnit.MILLISECONDS);
    // A second look at the stories that took articles lately: the batch's grouping over them and their topic.
    long look = Long.getLong("storyfold.secondLookMillis", 5000);
    if (look > 0 && options.merges()) {
      background.scheduleWithFixedDelay(() -> {
        try {
          ingest.secondLook();
        } catch (IOException | RuntimeException e) {
          out.println("storyfold: second look failed (nothing was changed): " + e.getMessage());
        }
      }, look, look, TimeUnit.MILLISECONDS);
    }
    // Near-real-time search: a new reader each second when something was indexed, not on each read.
    background.scheduleWithFixedDelay(() -> {
      try {
        ingest.store().refreshIfDirty();
      } catch (IOException | RuntimeException e) {
        // the next read or the next round tries again
      }
    }, 1, 1, TimeUnit.SECONDS);
    if (options.watch() != null) {
      Files.createDirectories(options.watch());
      background.scheduleWithFixedDelay(new Watcher(options.watch(), engine, ingest, out), 0, 1, TimeUnit.SECONDS);
    }
    app.start();
    return new StoryfoldServer(app, ingest, events, background, token, pages);
  }

  /** A second look now (the server takes one every 5 s; {@code -Dstoryfold.secondLookMillis=0} turns that off). */
  int secondLook() throws IOException {
    return ingest.secondLook();
  }

  public int port() {
    return app.port();
  }

  /** The write token in force. */
  public String token() {
    return token;
  }

  @Override
  public void close() throws IOException {
    // No interrupt: an interrupted thread in Lucene's file I/O closes the index writer.
    background.shutdown();
    try {
      background.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    events.close();
    pages.close();
    app.stop();
    ingest.close();
  }

  /**
   * {@code java -cp ... org.storyfold.server.StoryfoldServer [--port 8080] [--host H] [--data DIR]
   * [--token T] [--watch DIR] [--max-body BYTES] [--merges false]}: runs until killed.
   */
  public static void main(String[] args) throws IOException {
    ServerOptions o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("storyfold serve: " + e.getMessage());
      System.exit(2);
      return;
    }
    StoryfoldServer server = start(o, System.out);
    System.out.println("storyfold: serving on port " + server.port() + ", data in " + o.data().toAbsolutePath());
    System.out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException | RuntimeException e) {
        System.err.println("storyfold: closing: " + e.getMessage());
      }
    }));
  }

  static ServerOptions parse(String[] args) {
    ServerOptions o = ServerOptions.defaults();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--port" -> o = o.withPort(Integer.parseInt(v));
        case "--host" -> o = o.withHost(v);
        case "--data" -> o = o.withData(Path.of(v));
        case "--token" -> o = o.withToken(v);
        case "--watch" -> o = o.withWatch(Path.of(v));
        case "--max-body" -> o = o.withMaxBodyBytes(Long.parseLong(v));
        case "--merges" -> o = o.withMerges(Boolean.parseBoolean(v));
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    return o;
  }
}
