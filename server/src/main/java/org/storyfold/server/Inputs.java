package org.storyfold.server;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.storyfold.Storyfold;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;

/**
 * Turns a request body into articles through the engine's own JSON reader ({@link Storyfold#readJson}),
 * so that a posted line and the same line in a {@code .jsonl} file give the same article. The server
 * adds one rule of its own: ids are keys in URLs and in the store, so they are bounded and hold no
 * control characters.
 */
final class Inputs {
  /** The longest id accepted: ids are keys, not documents. */
  static final int MAX_ID_CHARS = 512;
  /** How the engine's reader names the body; its rejections come back as {@code line N} or {@code body}. */
  private static final String BODY = "body";

  /** What a body gave: articles, the ids of those extracted from HTML, rejections and warnings. */
  record Parsed(List<Article> articles, Set<String> fromHtml, List<Rejection> rejected, List<String> warnings) {}

  /** A refused input: its id when one could be read ({@code line N} otherwise) and why. */
  record Rejection(String id, String reason) {}

  private final Storyfold engine;

  Inputs(Storyfold engine) {
    this.engine = engine;
  }

  Parsed parse(byte[] body, boolean lines) {
    ReadResult read = engine.readJson(BODY, new ByteArrayInputStream(body), lines);
    List<Rejection> rejected = new ArrayList<>();
    read.rejections().forEach(r -> rejected.add(new Rejection(where(r.input()), r.reason())));
    List<Article> articles = new ArrayList<>();
    Set<String> html = new HashSet<>();
    for (Article a : read.articles()) {
      String bad = badId(a.id());
      if (bad != null) {
        rejected.add(new Rejection(printable(a.id()), bad));
        continue;
      }
      articles.add(a);
      if (read.pages().contains(a.id())) {
        html.add(a.id());
      }
    }
    if (articles.isEmpty() && rejected.isEmpty()) {
      rejected.add(new Rejection(BODY, "empty body: expected a JSON object or JSON lines"));
    }
    List<String> warnings = read.warnings().stream().map(Inputs::where).toList();
    return new Parsed(articles, html, rejected, warnings);
  }

  /** {@code body:7} is {@code line 7} (also at the head of a warning); a single object is the {@code body}. */
  private static String where(String input) {
    return input.startsWith(BODY + ":") ? "line " + input.substring(BODY.length() + 1) : input;
  }

  /** An id fit to name in a reply: at most 40 characters, control characters as '?'. */
  private static String printable(String id) {
    String s = id.length() > 40 ? id.substring(0, 40) + "..." : id;
    return s.replaceAll("\\p{Cntrl}", "?");
  }

  private static String badId(String id) {
    if (id.length() > MAX_ID_CHARS) {
      return "\"id\" longer than " + MAX_ID_CHARS + " characters";
    }
    if (id.chars().anyMatch(Character::isISOControl)) {
      return "\"id\" holds control characters";
    }
    return null;
  }
}
