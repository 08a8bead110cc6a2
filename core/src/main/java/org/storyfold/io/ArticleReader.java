package org.storyfold.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
        jsonLines().readArticles("<stdin>", stdin, batch);
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        readFolder(path, batch);
        continue;
      }
      String notAFile = notAFile(path, "no such file or folder");
      if (notAFile != null) {
        batch.reject(input, notAFile);
      } else if (Format.of(path) == null) {
        batch.reject(input, "unsupported file type (expected .txt, .html, .htm, .jsonl, .ndjson, .warc, "
            + "optionally .gz)");
      } else {
        readFile(path, batch);
      }
    }
    return new ReadResult(batch.articles, batch.rejections, batch.warnings, batch.pages);
  }

  /**
   * A publication date as the readers take it: an ISO date-time with or without offset (UTC assumed),
   * or a plain date (its start, UTC); null when it is none of these.
   */
  public static OffsetDateTime parseDate(String s) {
    return JsonLines.parseDate(Objects.requireNonNull(s, "s"));
  }

  /**
   * Reads articles posted as JSON (a server's request body, say): JSON lines, or one JSON object that
   * may span lines. Fields as in {@code .jsonl} files, where {@code html} may stand for {@code text}.
   * A bad line is rejected as {@code name:N}, a bad single object as {@code name}; the rest go on.
   *
   * @param lines true for JSON lines, false for one object
   */
  public ReadResult readJson(String name, InputStream in, boolean lines) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Batch batch = new Batch();
    if (lines) {
      jsonLines().readArticles(name, in, batch);
    } else {
      jsonLines().readArticle(name, in, batch);
    }
    return new ReadResult(batch.articles, batch.rejections, batch.warnings, batch.pages);
  }

  /**
   * Reads pairs of texts for comparison: JSON lines {@code {"id","a","b"}} from a file ({@code -}: standard
   * input). A line without both texts, with an empty one, or not valid JSON is rejected; the rest go on.
   */
  public PairsRead readPairs(String input, InputStream stdin) {
    Objects.requireNonNull(input, "input");
    List<TextPair> pairs = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    JsonLines.Rejections reject = (where, why) -> rejections.add(new Rejection(where, why));
    JsonLines.Handler add = (node, where) -> pairs.add(pair(node, where));
    if (input.equals("-")) {
      jsonLines().read("<stdin>", stdin, reject, add);
      return new PairsRead(pairs, rejections);
    }
    Path path = Path.of(input);
    String notAFile = Files.isDirectory(path) ? "is a folder: pairs reads one JSON-lines file"
        : notAFile(path, "no such file");
    if (notAFile != null) {
      reject.reject(input, notAFile);
    } else {
      try (InputStream in = Compression.open(path)) {
        jsonLines().read(input, in, reject, add);
      } catch (IOException | UncheckedIOException e) {
        reject.reject(input, cannotRead(e));
      }
    }
    return new PairsRead(pairs, rejections);
  }

  private static TextPair pair(com.fasterxml.jackson.databind.JsonNode node, String where) throws Rejected {
    String a = JsonLines.string(node, "a");
    String b = JsonLines.string(node, "b");
    if (a == null || b == null) {
      throw new Rejected("needs \"a\" and \"b\", two texts to compare");
    }
    if (a.isBlank() || b.isBlank()) {
      throw new Rejected(a.isBlank() && b.isBlank() ? "\"a\" and \"b\" are both empty"
          : (a.isBlank() ? "\"a\"" : "\"b\"") + " is empty: nothing to compare");
    }
    String id = node.hasNonNull("id") ? JsonLines.id(node) : where.substring(where.lastIndexOf(':') + 1);
    return new TextPair(id, a, b);
  }

  /**
   * Why a path that is not a folder cannot be read as a file, or null when it can: missing (in the
   * caller's words), closed to us, a broken link, or no regular file at all.
   */
  private static String notAFile(Path path, String missing) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      // exists and notExists both false: the path could not be checked (a folder on it is closed to us)
      return Files.notExists(path, LinkOption.NOFOLLOW_LINKS) ? missing
          : "cannot read: permission denied (a folder on the path cannot be searched)";
    }
    if (!Files.exists(path)) {
      return "broken symbolic link";
    }
    return Files.isRegularFile(path) ? null : NOT_A_FILE;
  }

  private static final String NOT_A_FILE =
      "not a regular file (a named pipe, device or socket): nothing is read from it";

  private JsonLines jsonLines() {
    return new JsonLines(maxArticleBytes, extractor);
  }

  /**
   * A folder, recursively and in name order. A sub-folder or file that cannot be read is rejected alone;
   * the rest of the folder goes on. Symbolic links are followed (a loop is rejected).
   */
  private void readFolder(Path folder, Batch batch) {
    List<Path> files = new ArrayList<>();
    int before = batch.rejections.size();
    try {
      Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new FolderVisitor(files, batch));
    } catch (IOException | UncheckedIOException e) {
      batch.reject(folder.toString(), "cannot list folder: " + cannotRead(e));
    }
    Collections.sort(files);
    if (files.isEmpty() && batch.rejections.size() == before) {
      batch.reject(folder.toString(), "no supported files in the folder (.txt, .html, .htm, .jsonl, .ndjson, "
          + ".warc, optionally .gz)");
    }
    files.forEach(f -> readFile(f, batch));
  }

  /** Collects a folder's supported files; anything unreadable becomes a rejection of its own. */
  static final class FolderVisitor extends SimpleFileVisitor<Path> {
    private final List<Path> files;
    private final Batch batch;

    FolderVisitor(List<Path> files, Batch batch) {
      this.files = files;
      this.batch = batch;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (Format.of(file) == null) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isRegularFile()) {
        files.add(file);
      } else if (attrs.isSymbolicLink()) {
        batch.reject(file.toString(), "broken symbolic link");
      } else if (!attrs.isDirectory()) {
        batch.reject(file.toString(), NOT_A_FILE);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      batch.reject(file.toString(), cannotRead(e));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        batch.reject(dir.toString(), "cannot list folder: " + cannotRead(e));
      }
      return FileVisitResult.CONTINUE;
    }
  }

  /** Why a file could not be read, in words: the exception's class alone tells a user nothing. */
  static String cannotRead(Exception e) {
    Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String why;
    if (t instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (t instanceof NoSuchFileException) {
      why = "no such file (it was removed while reading)";
    } else if (t instanceof FileSystemLoopException) {
      why = "symbolic link loop";
    } else if (t instanceof java.io.EOFException) {
      why = "truncated data: the file ends too early (a cut gzip stream?)";
    } else if (t instanceof java.util.zip.ZipException) {
      why = "corrupt gzip data: " + t.getMessage();
    } else if (t instanceof FileSystemException f && f.getReason() != null) {
      why = f.getReason().toLowerCase(Locale.ROOT);
    } else if (t.getMessage() != null && !t.getMessage().isBlank()) {
      why = t.getMessage();
    } else {
      why = t.getClass().getSimpleName();
    }
    return "cannot read: " + why;
  }

  private void readFile(Path file, Batch batch) {
    String name = file.toString();
    Format format = Format.of(file);
    try {
      switch (format) {
        case JSONL -> {
          try (InputStream in = Compression.open(file)) {
            jsonLines().readArticles(name, in, batch);
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
      batch.reject(name, cannotRead(e));
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
