package org.storyfold.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.storyfold.extract.Extractor;
import org.storyfold.extract.Page;
import org.storyfold.story.Article;

/**
 * Turns a request body into articles: one JSON object, or JSON lines. The fields are those of the
 * engine's JSON-lines input ({@code id}, {@code text}, {@code title}, {@code url}, {@code source},
 * {@code published}, {@code language}) plus {@code html}, a page that goes through the engine's
 * extractor. A bad line is rejected with its reason; the others go on.
 */
final class Inputs {
  /** The longest id accepted: ids are keys, not documents. */
  static final int MAX_ID_CHARS = 512;

  /** What a body gave: articles (with whether each came from HTML) and rejections. */
  record Parsed(List<Article> articles, List<String> fromHtml, List<Rejection> rejected) {}

  /** A refused input: its id when one could be read ({@code line N} otherwise) and why. */
  record Rejection(String id, String reason) {}

  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder().build());

  private final Extractor extractor;

  Inputs(Extractor extractor) {
    this.extractor = extractor;
  }

  Parsed parse(byte[] body, boolean lines) {
    List<Article> articles = new ArrayList<>();
    List<String> html = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    List<String> chunks = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      rejected.add(new Rejection("body", "not valid UTF-8"));
      return new Parsed(articles, html, rejected);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (lines) {
      chunks.addAll(List.of(text.split("\r?\n", -1)));
    } else {
      chunks.add(text);
    }
    for (int i = 0; i < chunks.size(); i++) {
      String chunk = chunks.get(i);
      if (chunk.isBlank()) {
        continue;
      }
      String where = lines ? "line " + (i + 1) : "body";
      try {
        JsonNode node = object(chunk);
        Article a = article(node, html);
        articles.add(a);
      } catch (Bad e) {
        rejected.add(new Rejection(e.id == null ? where : e.id, e.getMessage()));
      }
    }
    if (articles.isEmpty() && rejected.isEmpty()) {
      rejected.add(new Rejection("body", "empty body: expected a JSON object or JSON lines"));
    }
    return new Parsed(articles, html, rejected);
  }

  private static JsonNode object(String chunk) throws Bad {
    try (JsonParser p = JSON.createParser(chunk)) {
      JsonNode node = JSON.readTree(p);
      if (p.nextToken() != null) {
        throw new Bad(null, "text after the JSON object");
      }
      if (node == null || !node.isObject()) {
        throw new Bad(null, "not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new Bad(null, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new Bad(null, "unreadable JSON");
    }
  }

  private Article article(JsonNode node, List<String> fromHtml) throws Bad {
    String id = id(node);
    String text = string(node, "text", id);
    String html = string(node, "html", id);
    String url = string(node, "url", id);
    String title = string(node, "title", id);
    String source = string(node, "source", id);
    String language = string(node, "language", id);
    OffsetDateTime published = date(string(node, "published", id), id);
    if ((text == null || text.isBlank()) && html != null && !html.isBlank()) {
      Page page;
      try {
        page = extractor.extract(html, url);
      } catch (RuntimeException e) {
        throw new Bad(id, "the HTML could not be read");
      }
      if (page.text().isBlank()) {
        throw new Bad(id, "no article text found in \"html\"");
      }
      fromHtml.add(id);
      text = page.text();
      title = title != null ? title : page.title();
      published = published != null ? published : page.published();
      url = url != null ? url : page.url();
      source = source != null ? source : page.siteName();
      language = language != null ? language : page.language();
    }
    if (text == null) {
      throw new Bad(id, "no \"text\" or \"html\"");
    }
    if (text.isBlank()) {
      throw new Bad(id, "empty \"text\"");
    }
    return new Article(id, url, source, title, text.strip(), published,
        language == null || language.isBlank() ? null : language);
  }

  private static String id(JsonNode node) throws Bad {
    JsonNode v = node.get("id");
    if (v == null || v.isNull()) {
      throw new Bad(null, "no \"id\"");
    }
    String id = v.isIntegralNumber() ? v.asText() : v.isTextual() ? v.asText() : null;
    if (id == null) {
      throw new Bad(null, "\"id\" must be a string or a whole number");
    }
    if (id.isBlank()) {
      throw new Bad(null, "blank \"id\"");
    }
    if (id.length() > MAX_ID_CHARS) {
      throw new Bad(null, "\"id\" longer than " + MAX_ID_CHARS + " characters");
    }
    if (id.chars().anyMatch(c -> Character.isISOControl(c))) {
      throw new Bad(null, "\"id\" holds control characters");
    }
    return id;
  }

  private static String string(JsonNode node, String field, String id) throws Bad {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new Bad(id, "\"" + field + "\" must be a string");
    }
    return v.asText();
  }

  /** ISO date-time, date-time without offset (UTC), or date (midnight UTC); anything else is refused. */
  static OffsetDateTime date(String s, String id) throws Bad {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      return OffsetDateTime.parse(t);
    } catch (DateTimeParseException e) {
      // try the looser forms
    }
    try {
      return LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try a bare date
    }
    try {
      return LocalDate.parse(t).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new Bad(id, "\"published\" is not an ISO date or date-time: " + abbreviate(t));
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  /** A line that cannot be used. */
  static final class Bad extends Exception {
    final String id;

    Bad(String id, String reason) {
      super(reason, null, false, false);
      this.id = id;
    }
  }

}
