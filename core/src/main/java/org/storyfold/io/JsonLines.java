package org.storyfold.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.storyfold.story.Article;

/**
 * JSON lines, one article an object: {@code id} and {@code text} required; {@code title}, {@code url},
 * {@code source}, {@code published} (ISO date or date-time) and {@code language} optional; other
 * fields are ignored. A bad line is rejected as {@code file:line}; the rest of the file goes on.
 */
final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLines() {}

  static void read(String name, BufferedReader in, long maxLineBytes, ArticleReader.Batch batch) {
    int lineNo = 0;
    boolean any = false;
    try {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        any = true;
        String where = name + ":" + lineNo;
        if (line.length() > maxLineBytes) {
          batch.reject(where, "line too large: " + line.length() + " characters, the limit is " + maxLineBytes);
          continue;
        }
        try {
          batch.add(parse(line, where, batch), where);
        } catch (Rejected r) {
          batch.reject(where, r.getMessage());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      batch.reject(lineNo == 0 ? name : name + ":" + (lineNo + 1), "cannot read: " + e.getMessage());
      return;
    }
    if (!any) {
      batch.reject(name, "empty file: no JSON lines");
    }
  }

  static Article parse(String line, String where, ArticleReader.Batch batch) throws Rejected {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new Rejected("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new Rejected("not a JSON object");
    }
    String id = string(node, "id");
    if (id == null || id.isBlank()) {
      throw new Rejected("no \"id\"");
    }
    String text = string(node, "text");
    if (text == null) {
      throw new Rejected("no \"text\" in article " + id);
    }
    if (text.isBlank()) {
      throw new Rejected("empty \"text\" in article " + id);
    }
    OffsetDateTime published = null;
    String date = string(node, "published");
    if (date != null && !date.isBlank()) {
      published = parseDate(date);
      if (published == null) {
        batch.warn(where, "published is not an ISO date or date-time, ignored: " + date);
      }
    }
    String language = string(node, "language");
    return new Article(id, string(node, "url"), string(node, "source"), string(node, "title"), text.strip(),
        published, language == null || language.isBlank() ? null : language);
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  /** ISO date-time with or without offset (UTC assumed), or a plain date (its start, UTC). */
  static OffsetDateTime parseDate(String s) {
    String t = s.strip();
    try {
      return OffsetDateTime.parse(t);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t).atStartOfDay().atOffset(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }
}
