package org.storyfold.io;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.storyfold.extract.Extractor;
import org.storyfold.extract.Page;
import org.storyfold.story.Article;

/**
 * WARC archives ({@code .warc}, {@code .warc.gz}, read with jwarc): each HTML response (or resource)
 * record is an article whose url is the record's {@code WARC-Target-URI} and whose publication date
 * falls back to the record's {@code WARC-Date}. Requests, metadata, warcinfo, revisits and non-HTML
 * payloads are passed over; so are responses with a status other than 2xx (redirects, errors).
 *
 * <p>A record larger than the limit, or whose page cannot be decoded, is rejected and reading goes on.
 * A truncated or corrupt record is rejected too, naming the file, the record's offset and its URI;
 * reading stops there (nothing after it can be trusted) and the articles before it are kept.
 * The HTTP {@code Content-Type} charset is handed to {@link Decoding} as the declared charset.
 */
final class WarcFiles {
  private WarcFiles() {}

  static void read(Path file, long maxRecordBytes, Extractor extractor, ArticleReader.Batch batch) {
    String name = file.toString();
    String base = baseName(file);
    int ordinal = 0;
    int pages = 0;
    int refused = 0;
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(message -> batch.warn(name, message));
      while (true) {
        long offset = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (EOFException e) {
          batch.reject(name + "@" + offset, "truncated WARC record: the file ends inside it");
          return;
        } catch (IOException | RuntimeException e) {
          batch.reject(name + "@" + offset, "corrupt WARC record: " + e.getMessage());
          return;
        }
        if (next.isEmpty()) {
          if (ordinal == 0) {
            batch.reject(name, "empty WARC file: no records");
          } else if (pages == 0 && refused == 0) {
            batch.reject(name, "no HTML pages in the WARC file: " + ordinal + " record" + (ordinal == 1 ? "" : "s")
                + " read, none a 2xx HTML response or resource");
          }
          return;
        }
        WarcRecord record = next.get();
        ordinal++;
        if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
          continue;
        }
        String uri = ((WarcTargetRecord) record).target();
        String where = name + "@" + offset + " " + uri;
        try {
          Article article = article(record, base + "-" + ordinal, uri, maxRecordBytes, extractor);
          if (article != null) {
            batch.addPage(article, where);
            pages++;
          }
        } catch (Rejected r) {
          refused++;
          batch.reject(where, r.getMessage());
          if (r.getMessage().startsWith("truncated WARC") || r.getMessage().startsWith("corrupt WARC")) {
            return;
          }
        } catch (EOFException e) {
          batch.reject(where, "truncated WARC record: the file ends inside it");
          return;
        } catch (ZipException e) {
          batch.reject(where, "corrupt WARC record: " + e.getMessage());
          return;
        } catch (IOException | RuntimeException e) {
          batch.reject(where, "corrupt WARC record: " + e);
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      batch.reject(name, "corrupt WARC file: " + e.getMessage());
    }
  }

  /** The article of one response or resource record, or null when the record holds no HTML page. */
  private static Article article(WarcRecord record, String id, String uri, long limit, Extractor extractor)
      throws IOException, Rejected {
    long declared = record.headers().first("Content-Length").map(WarcFiles::parseLong).orElse(-1L);
    if (declared > limit) {
      throw new Rejected("record too large: " + declared + " bytes, the limit is " + limit
          + " (ArticleReader's maxArticleBytes)");
    }
    WarcTruncationReason cut = record.truncated();
    boolean isResponse = record instanceof WarcResponse;
    boolean httpPayload = isResponse && record.contentType().base().equals(MediaType.HTTP);
    if (!httpPayload && !isHtml(record.contentType(), null)) {
      return null;
    }
    byte[] block;
    try (InputStream in = record.body().stream()) {
      block = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }
    if (block.length > limit) {
      throw new Rejected("record too large: over " + limit + " bytes (ArticleReader's maxArticleBytes)");
    }
    if (declared >= 0 && block.length < declared) {
      throw new Rejected("truncated WARC record: " + block.length + " of " + declared
          + " bytes before the file ends");
    }
    if (cut != WarcTruncationReason.NOT_TRUNCATED) {
      throw new Rejected("truncated by the crawler (WARC-Truncated: "
          + cut.name().toLowerCase(Locale.ROOT) + "): the page is incomplete");
    }
    byte[] payload;
    String charset;
    if (httpPayload) {
      HttpResponse http;
      try {
        http = HttpResponse.parse(Channels.newChannel(new ByteArrayInputStream(block)));
      } catch (IOException e) {
        throw new Rejected("corrupt HTTP response in WARC record: " + e.getMessage());
      }
      if (http.status() < 200 || http.status() >= 300) {
        return null;
      }
      try (InputStream in = http.bodyDecoded().stream()) {
        payload = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      }
      if (payload.length > limit) {
        throw new Rejected("page too large once decompressed: over " + limit + " bytes");
      }
      if (!isHtml(http.contentType(), payload)) {
        return null;
      }
      charset = http.contentType().parameters().get("charset");
    } else {
      payload = block;
      charset = record.contentType().parameters().get("charset");
    }
    if (payload.length == 0) {
      return null;
    }
    String html = Decoding.decode(payload, charset, true);
    Page page = extractor.extract(html, uri);
    if (page.text().isBlank()) {
      throw new Rejected("no article text found in the page");
    }
    OffsetDateTime fetched = record.date() == null ? null : record.date().atOffset(ZoneOffset.UTC);
    return new Article(id, uri, null, page.title(), page.text(),
        page.published() != null ? page.published() : fetched, page.language());
  }

  /** HTML by its declared type; an undeclared or generic type is sniffed from the first bytes. */
  private static boolean isHtml(MediaType type, byte[] payload) {
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return true;
    }
    if (payload == null || !(base.isEmpty() || base.equals("application/octet-stream")
        || base.equals("text/plain") || base.equals("unknown/unknown"))) {
      return false;
    }
    String head = new String(payload, 0, Math.min(payload.length, 512), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static Long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  /** The file name without {@code .gz} and {@code .warc}: the stem of its articles' ids. */
  private static String baseName(Path file) {
    String n = file.getFileName().toString();
    String lower = n.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".gz", ".warc", ".arc"}) {
      if (lower.endsWith(ext)) {
        n = n.substring(0, n.length() - ext.length());
        lower = lower.substring(0, lower.length() - ext.length());
      }
    }
    return n.isEmpty() ? "warc" : n;
  }
}
