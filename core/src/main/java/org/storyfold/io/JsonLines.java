package org.storyfold.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.storyfold.extract.Extractor;
import org.storyfold.story.Article;

/**
 * JSON lines, one object a line. A line is bounded while it is read ({@link LineReader}), decoded as
 * strict UTF-8 (invalid bytes reject the line, as they reject a {@code .txt} file, instead of turning
 * into U+FFFD), and parsed strictly: anything after the object rejects the line. A bad line is
 * rejected as {@code file:line}; the rest of the file goes on.
 *
 * <p>Articles: {@code id} (string or integer) and {@code text} (a string) required, or instead of
 * {@code text} an {@code html} page, which goes through the extractor; {@code title}, {@code url},
 * {@code source}, {@code published} (ISO date or date-time) and {@code language} optional strings,
 * which win over what a page says of itself; other fields are ignored.
 */
final class JsonLines {
  /** What to do with one parsed JSON object. */
  interface Handler {
    void accept(JsonNode object, String where) throws Rejected;
  }

  private final ObjectMapper json;
  private final long maxLineBytes;
  private final Extractor extractor;

  JsonLines(long maxLineBytes, Extractor extractor) {
    this.maxLineBytes = maxLineBytes;
    this.extractor = extractor;
    // Jackson refuses strings over 20 MB by default; an article may be as large as the user allows.
    int maxString = (int) Math.min(Integer.MAX_VALUE, Math.max(maxLineBytes,
        StreamReadConstraints.DEFAULT_MAX_STRING_LEN));
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxString).build())
        .build();
    this.json = new ObjectMapper(factory);
  }

  /** Reads articles into the batch. */
  void readArticles(String name, InputStream in, ArticleReader.Batch batch) {
    read(name, in, batch::reject, (node, where) -> add(node, where, batch));
  }

  /**
   * Reads one JSON object holding one article, which may span lines (a request body, say); the stream
   * is bounded like a line. Anything but one object is rejected under {@code name}.
   */
  void readArticle(String name, InputStream in, ArticleReader.Batch batch) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes + 1));
      if (bytes.length > maxLineBytes) {
        batch.reject(name, "too large: over " + maxLineBytes + " bytes (--max-article-bytes)");
        return;
      }
      String text = utf8(bytes, true);
      if (text.isBlank()) {
        batch.reject(name, "empty: expected a JSON object");
        return;
      }
      add(parse(text), name, batch);
    } catch (Rejected r) {
      batch.reject(name, r.getMessage());
    } catch (IOException | UncheckedIOException e) {
      batch.reject(name, ArticleReader.cannotRead(e));
    }
  }

  /**
   * Reads every line, handing each JSON object to {@code handler}; bad lines, an unreadable stream and
   * a file with no line at all go to {@code rejections}.
   */
  void read(String name, InputStream in, Rejections rejections, Handler handler) {
    LineReader lines = new LineReader(in, maxLineBytes);
    long lineNo = 0;
    boolean any = false;
    try {
      LineReader.Line line;
      while ((line = lines.next()) != null) {
        lineNo = line.number();
        String where = name + ":" + lineNo;
        if (line.tooLong()) {
          any = true;
          rejections.reject(where, "line too large: " + line.length() + " bytes, the limit is " + maxLineBytes
              + " (--max-article-bytes)");
          continue;
        }
        try {
          String text = utf8(line.bytes(), lineNo == 1);
          if (text.isBlank()) {
            continue;
          }
          any = true;
          handler.accept(parse(text), where);
        } catch (Rejected r) {
          any = true;
          rejections.reject(where, r.getMessage());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      rejections.reject(name + ":" + (lineNo + 1), ArticleReader.cannotRead(e));
      return;
    }
    if (!any) {
      rejections.reject(name, "empty file: no JSON lines");
    }
  }

  /** Where rejections go. */
  interface Rejections {
    void reject(String input, String reason);
  }

  private JsonNode parse(String line) throws Rejected {
    JsonNode node;
    try (JsonParser parser = json.getFactory().createParser(line)) {
      node = json.readTree(parser);
      if (node == null || !node.isObject()) {
        throw new Rejected("not a JSON object");
      }
      if (trailing(parser)) {
        throw new Rejected("malformed JSON: text after the object ends");
      }
    } catch (JsonProcessingException e) {
      throw new Rejected("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new Rejected("malformed JSON: " + e.getMessage());
    }
    return node;
  }

  /** Whether anything but white space follows the object (garbage that does not even tokenize counts). */
  private static boolean trailing(JsonParser parser) {
    try {
      return parser.nextToken() != null;
    } catch (IOException e) {
      return true;
    }
  }

  private static String utf8(byte[] bytes, boolean first) throws Rejected {
    int offset = first && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw new Rejected("invalid UTF-8 bytes in the line (JSON lines must be UTF-8)");
    }
  }

  /** Adds one article object to the batch: as a page when its text comes from its {@code html}. */
  private void add(JsonNode node, String where, ArticleReader.Batch batch) throws Rejected {
    String id = id(node);
    String text = string(node, "text");
    String html = string(node, "html");
    OffsetDateTime published = null;
    String date = string(node, "published");
    if (date != null && !date.isBlank()) {
      published = parseDate(date);
      if (published == null) {
        batch.warn(where, "published is not an ISO date or date-time, ignored: " + date);
      }
    }
    String language = blankToNull(string(node, "language"));
    String url = string(node, "url");
    String source = string(node, "source");
    String title = string(node, "title");
    if ((text == null || text.isBlank()) && html != null && !html.isBlank()) {
      Article page = HtmlFiles.parse(id, url, html, published, extractor);
      batch.addPage(new Article(id, page.url(), source != null ? source : page.source(),
          title != null ? title : page.title(), page.text().strip(), page.published(),
          language != null ? language : page.language()), where);
      return;
    }
    if (text == null) {
      throw new Rejected("no \"text\" (or \"html\") in article " + id);
    }
    if (text.isBlank()) {
      throw new Rejected("empty \"text\" in article " + id);
    }
    batch.add(new Article(id, url, source, title, text.strip(), published, language), where);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The {@code id}: a non-blank string or a whole number. */
  static String id(JsonNode node) throws Rejected {
    JsonNode v = node.get("id");
    if (v == null || v.isNull()) {
      throw new Rejected("no \"id\"");
    }
    if (v.isIntegralNumber()) {
      return v.asText();
    }
    if (!v.isTextual()) {
      throw new Rejected("\"id\" must be a string or a whole number, not " + kind(v));
    }
    if (v.asText().isBlank()) {
      throw new Rejected("blank \"id\"");
    }
    return v.asText();
  }

  /** A string field, null when absent or null; any other JSON type is refused rather than stringified. */
  static String string(JsonNode node, String field) throws Rejected {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new Rejected("\"" + field + "\" must be a string, not " + kind(v));
    }
    return v.asText();
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
    };
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
