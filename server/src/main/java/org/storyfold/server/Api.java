package org.storyfold.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.storyfold.StoryJson;
import org.storyfold.StoryReport;
import org.storyfold.Storyfold;
import org.storyfold.io.ArticleReader;
import org.storyfold.extract.Cleaning;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/** The HTTP handlers: parse, call the engine and the store, format. Replies are JSON; errors say why. */
final class Api {
  private final Storyfold engine;
  private final Ingest ingest;
  private final Inputs inputs;
  private final Metrics metrics;
  private final String token;
  private final long maxBody;
  private final Path data;

  Api(Storyfold engine, Ingest ingest, Inputs inputs, Metrics metrics, String token, long maxBody, Path data) {
    this.engine = engine;
    this.ingest = ingest;
    this.inputs = inputs;
    this.metrics = metrics;
    this.token = token;
    this.maxBody = maxBody;
    this.data = data;
  }

  static void error(Context ctx, HttpStatus status, String reason) {
    ctx.status(status).contentType("application/json")
        .result(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("error", reason).toString());
  }

  private static void json(Context ctx, Object node) {
    ctx.contentType("application/json").result(node.toString());
  }

  void postArticles(Context ctx) throws IOException {
    long start = System.nanoTime();
    metrics.requests.incrementAndGet();
    if (!Tokens.matches(ctx.header("Authorization"), token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      error(ctx, HttpStatus.UNAUTHORIZED, "a write needs the header 'Authorization: Bearer TOKEN'");
      return;
    }
    String length = ctx.header("Content-Length");
    if (length != null && parseLong(length) > maxBody) {
      error(ctx, HttpStatus.CONTENT_TOO_LARGE, "body over " + maxBody + " bytes");
      return;
    }
    byte[] body = readBounded(ctx.bodyInputStream(), maxBody);
    if (body == null) {
      error(ctx, HttpStatus.CONTENT_TOO_LARGE, "body over " + maxBody + " bytes");
      return;
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
    boolean lines = type.contains("ndjson") || type.contains("jsonl") || type.contains("json-seq")
        || type.contains("jsonlines");
    Inputs.Parsed parsed = inputs.parse(body, lines);
    ObjectNode reply = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    ArrayNode accepted = reply.putArray("accepted");
    ArrayNode rejected = reply.putArray("rejected");
    parsed.rejected().forEach(r -> rejected.addObject().put("id", r.id()).put("reason", r.reason()));
    if (!parsed.warnings().isEmpty()) {
      parsed.warnings().forEach(reply.putArray("warnings")::add);
    }
    metrics.rejected.addAndGet(parsed.rejected().size());
    if (parsed.articles().isEmpty()) {
      reply.put("error", parsed.rejected().get(0).reason());
      ctx.status(HttpStatus.BAD_REQUEST);
      json(ctx, reply);
      return;
    }
    // The language is stored as the engine detects it when the input does not say.
    List<Article> clean = engine.clean(parsed.articles(), parsed.fromHtml()).articles().stream()
        .map(a -> a.language() != null ? a : a.withLanguage(engine.detectLanguage(a.fullText()))).toList();
    List<Ingest.Placed> placed;
    try {
      placed = ingest.ingest(dedupe(clean));
    } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
      // A full disk fails the log write, or has closed the index writer on an earlier flush.
      metrics.failed.incrementAndGet();
      error(ctx, HttpStatus.INSUFFICIENT_STORAGE, "the store cannot take the write (" + e.getClass().getSimpleName()
          + "): nothing in this request was acknowledged");
      return;
    }
    placed.forEach(p -> accepted.addObject().put("id", p.id()).put("story", p.story()));
    metrics.accepted.addAndGet(placed.size());
    metrics.recordIngest(System.nanoTime() - start);
    json(ctx, reply);
  }

  /** The same id twice in one request is one article (the first). */
  private static List<Article> dedupe(List<Article> articles) {
    Set<String> seen = new HashSet<>();
    return articles.stream().filter(a -> seen.add(a.id())).toList();
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The body, or null when it is longer than {@code max}: reading stops there. */
  static byte[] readBounded(InputStream in, long max) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[64 << 10];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  void listStories(Context ctx) throws IOException {
    int limit = intParam(ctx, "limit", 20, 1, 1000);
    if (limit < 0) {
      return;
    }
    Long since = null;
    String s = ctx.queryParam("since");
    if (s != null && !s.isBlank()) {
      OffsetDateTime t = ArticleReader.parseDate(s);
      if (t == null) {
        error(ctx, HttpStatus.BAD_REQUEST, "since: not an ISO date or date-time: "
            + (s.length() > 40 ? s.substring(0, 40) + "..." : s));
        return;
      }
      since = t.toInstant().toEpochMilli();
    }
    long from = since == null ? Long.MIN_VALUE : since;
    ObjectNode reply = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    ArrayNode arr = reply.putArray("stories");
    ingest.latest(ctx.queryParam("q"), from, limit)
        .forEach(st -> arr.addObject().put("id", st.id()).put("headline", st.headline())
            .put("size", st.members().size()).put("updated", iso(st.updated())));
    json(ctx, reply);
  }

  private static String iso(long millis) {
    return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toString();
  }

  private static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    error(ctx, HttpStatus.BAD_REQUEST, name + " must be a whole number from " + min + " to " + max);
    return -1;
  }

  void getStory(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Stored st = ingest.story(id);
    if (st == null) {
      error(ctx, HttpStatus.NOT_FOUND, "no story " + id);
      return;
    }
    if (st.into() != null) {
      String to = ingest.resolve(id);
      ctx.header("Location", "/api/stories/" + to);
      ctx.status(HttpStatus.MOVED_PERMANENTLY);
      json(ctx, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("id", id).put("mergedInto", to));
      return;
    }
    Story story = ingest.assemble(st);
    if (story == null) {
      error(ctx, HttpStatus.NOT_FOUND, "no story " + id);
      return;
    }
    StoryReport report = engine.describe(story, new Cleaning(story.articles(), Map.of()));
    boolean withText = "true".equals(ctx.queryParam("text"));
    json(ctx, StoryJson.story(story, report, withText));
  }

  void getArticle(Context ctx, String id) throws IOException {
    if (id == null || id.isBlank()) {
      error(ctx, HttpStatus.BAD_REQUEST, "which article? /api/articles/{id} or /api/articles?id=");
      return;
    }
    Article a = ingest.article(id);
    if (a == null) {
      error(ctx, HttpStatus.NOT_FOUND, "no article with that id");
      return;
    }
    ObjectNode o = StoryJson.article(a, true);
    o.put("story", ingest.storyOf(id));
    json(ctx, o);
  }

  void health(Context ctx) {
    json(ctx, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("status", "ok").put("articles", ingest.articleCount())
        .put("stories", liveStories()));
  }

  private long liveStories() {
    return ingest.stories().values().stream().filter(s -> s.into() == null).count();
  }

  void metrics(Context ctx) throws IOException {
    ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    o.put("articles", ingest.articleCount()).put("stories", liveStories())
        .put("requests", metrics.requests.get()).put("accepted", metrics.accepted.get())
        .put("rejected", metrics.rejected.get()).put("failedWrites", metrics.failed.get());
    ObjectNode lat = o.putObject("ingestLatencyMillis");
    lat.put("count", metrics.ingestCount()).put("p50", metrics.percentileMillis(50))
        .put("p99", metrics.percentileMillis(99)).put("p999", metrics.percentileMillis(99.9));
    o.put("indexBytes", ingest.store().sizeBytes()).put("walBytes", ingest.walBytes())
        .put("dataBytes", folderBytes(data));
    Runtime rt = Runtime.getRuntime();
    o.put("heapUsedBytes", rt.totalMemory() - rt.freeMemory());
    json(ctx, o);
  }

  private static long folderBytes(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException gone) {
          return 0;
        }
      }).sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1;
    }
  }
}
