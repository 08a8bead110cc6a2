package org.storyfold.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.storyfold.extract.Extractor;
import org.storyfold.story.Article;
import org.storyfold.story.Rejection;

/**
 * Reads articles from files, folders (recursively, in name order) and standard input ({@code -}, JSON
 * lines). Formats go by file name: {@code .txt}; {@code .html}/{@code .htm} (also gzipped);
 * {@code .jsonl}/{@code .ndjson} (also gzipped); {@code .warc}/{@code .warc.gz}.
 *
 * <p>A bad input never stops the batch: it becomes a {@link Rejection} naming the input and the problem.
 * Inside a folder, files of other types are passed over; named explicitly, they are rejected.
 */
public final class ArticleReader {
  /** The default largest article (a text or HTML file, a JSON line, a WARC record): 16 MiB. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 16L << 20;

  private final long maxArticleBytes;
  private final Extractor extractor;

  public ArticleReader() {
    this(DEFAULT_MAX_ARTICLE_BYTES, new Extractor());
  }

  /**
   * @param maxArticleBytes the largest single article accepted, in bytes
   * @param extractor       turns HTML into text
   */
  public ArticleReader(long maxArticleBytes, Extractor extractor) {
    if (maxArticleBytes <= 0) {
      throw new IllegalArgumentException("maxArticleBytes must be positive: " + maxArticleBytes);
    }
    this.maxArticleBytes = maxArticleBytes;
    this.extractor = Objects.requireNonNull(extractor, "extractor");
  }

  /** Reads every input; {@code stdin} serves {@code -}. */
  public ReadResult read(List<String> inputs, InputStream stdin) {
    Objects.requireNonNull(inputs, "inputs");
    Batch batch = new Batch();
    for (String input : inputs) {
      if (input.equals("-")) {
        JsonLines.read("<stdin>", new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)),
            maxArticleBytes, batch);
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(Files::isRegularFile).filter(p -> Format.of(p) != null).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
          batch.reject(input, "cannot list folder: " + e.getMessage());
          continue;
        }
        files.forEach(f -> readFile(f, batch));
      } else if (!Files.exists(path)) {
        batch.reject(input, "no such file or folder");
      } else if (Format.of(path) == null) {
        batch.reject(input, "unsupported file type (expected .txt, .html, .htm, .jsonl, .ndjson, .warc, "
            + "optionally .gz)");
      } else {
        readFile(path, batch);
      }
    }
    return new ReadResult(batch.articles, batch.rejections, batch.warnings, batch.pages);
  }

  private void readFile(Path file, Batch batch) {
    String name = file.toString();
    Format format = Format.of(file);
    try {
      switch (format) {
        case JSONL -> {
          try (BufferedReader in = new BufferedReader(new InputStreamReader(
              Compression.open(file), StandardCharsets.UTF_8))) {
            JsonLines.read(name, in, maxArticleBytes, batch);
          }
        }
        case WARC -> WarcFiles.read(file, maxArticleBytes, extractor, batch);
        case TXT -> batch.add(TextFiles.parse(Format.idOf(file), decoded(file, false)), name);
        case HTML -> {
          Article a = HtmlFiles.parse(Format.idOf(file), null, decoded(file, true), null, extractor);
          batch.addPage(a, name);
        }
        default -> throw new IllegalStateException(format.name());
      }
    } catch (Rejected r) {
      batch.reject(name, r.getMessage());
    } catch (IOException | UncheckedIOException e) {
      batch.reject(name, "cannot read: " + e.getMessage());
    } catch (RuntimeException e) {
      batch.reject(name, "unreadable: " + e);
    }
  }

  private String decoded(Path file, boolean html) throws IOException, Rejected {
    return Decoding.decode(Compression.readAll(file, maxArticleBytes), null, html);
  }

  /** Collects what the readers produce, keeping ids unique. */
  static final class Batch {
    final List<Article> articles = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final java.util.Set<String> pages = new java.util.HashSet<>();
    private final Map<String, String> seen = new HashMap<>();

    /** Adds an article extracted from an HTML page. */
    void addPage(Article article, String input) {
      pages.add(add(article, input).id());
    }

    Article add(Article article, String input) {
      String id = article.id();
      if (seen.containsKey(id)) {
        int n = 2;
        while (seen.containsKey(id + "~" + n)) {
          n++;
        }
        String unique = id + "~" + n;
        warnings.add(input + ": id " + id + " already used by " + seen.get(id) + "; renamed " + unique);
        article = new Article(unique, article.url(), article.source(), article.title(), article.text(),
            article.published(), article.language());
      }
      seen.put(article.id(), input);
      articles.add(article);
      return article;
    }

    void reject(String input, String reason) {
      rejections.add(new Rejection(input, reason));
    }

    void warn(String input, String message) {
      warnings.add(input + ": " + message);
    }
  }

  /** The input formats, told apart by file name. */
  enum Format {
    TXT, HTML, JSONL, WARC;

    static Format of(Path file) {
      String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (n.endsWith(".gz")) {
        n = n.substring(0, n.length() - 3);
      }
      if (n.endsWith(".txt")) {
        return TXT;
      } else if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
        return HTML;
      } else if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
        return JSONL;
      } else if (n.endsWith(".warc") || n.endsWith(".arc")) {
        return WARC;
      }
      return null;
    }

    /** The file name without its extensions: {@code 0042.html.gz} is {@code 0042}. */
    static String idOf(Path file) {
      String n = file.getFileName().toString();
      String lower = n.toLowerCase(Locale.ROOT);
      for (String ext : new String[] {".gz", ".txt", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"}) {
        if (lower.endsWith(ext)) {
          n = n.substring(0, n.length() - ext.length());
          lower = lower.substring(0, lower.length() - ext.length());
        }
      }
      return n.isEmpty() ? file.getFileName().toString() : n;
    }
  }
}
