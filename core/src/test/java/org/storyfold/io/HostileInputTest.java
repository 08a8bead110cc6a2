package org.storyfold.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.extract.Extractor;
import org.storyfold.story.Article;
import org.storyfold.story.Rejection;

/**
 * The cases a fault trial of the readers found, each beside one good article: the bad input is rejected
 * with a reason that names the problem, and the good article is still read.
 */
class HostileInputTest {
  static final String GOOD_LINE = "{\"id\":\"good\",\"text\":\"The Orvik dam burst on Monday, flooding forty homes.\"}";

  static ReadResult read(long limit, String... inputs) {
    return new ArticleReader(limit, new Extractor()).read(List.of(inputs), InputStream.nullInputStream());
  }

  static ReadResult read(String... inputs) {
    return read(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, inputs);
  }

  static List<String> ids(ReadResult r) {
    return r.articles().stream().map(Article::id).toList();
  }

  static String reasons(ReadResult r) {
    return r.rejections().toString();
  }

  static Path good(Path dir) throws IOException {
    return Files.writeString(dir.resolve("good.txt"), "Orvik dam bursts\n\nThe Orvik dam burst on Monday.\n");
  }

  @Test
  void read_gzipBombOfZeros_rejectsLineTooLargeAndKeepsTheGoodLine(@TempDir Path dir) throws IOException {
    Path bomb = dir.resolve("bomb.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      out.write((GOOD_LINE + "\n").getBytes(StandardCharsets.UTF_8));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        out.write(zeros); // 40 MiB of zeros on one line, against a 1 MiB limit
      }
      out.write(("\n" + GOOD_LINE.replace("good", "after") + "\n").getBytes(StandardCharsets.UTF_8));
    }
    ReadResult r = read(1 << 20, bomb.toString());
    assertThat(ids(r)).containsExactly("good", "after");
    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.input()).endsWith("bomb.jsonl.gz:2");
      assertThat(x.reason()).startsWith("line too large: 41943040 bytes");
    });
  }

  @Test
  void read_gzipBombOnStandardInput_rejectsLineTooLarge() throws IOException {
    byte[] input = (GOOD_LINE + "\n" + "x".repeat(3000) + "\n").getBytes(StandardCharsets.UTF_8);
    ReadResult r = new ArticleReader(1000, new Extractor()).read(List.of("-"), new ByteArrayInputStream(input));
    assertThat(ids(r)).containsExactly("good");
    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.input()).isEqualTo("<stdin>:2");
      assertThat(x.reason()).startsWith("line too large");
    });
  }

  @Test
  void visitFileFailed_unreadableSubfolder_rejectsItAloneAndTheWalkGoesOn(@TempDir Path dir) throws IOException {
    // Root reads every folder, so the failure the walker meets is handed to it directly.
    ArticleReader.Batch batch = new ArticleReader.Batch();
    List<Path> files = new ArrayList<>();
    ArticleReader.FolderVisitor visitor = new ArticleReader.FolderVisitor(files, batch);
    Path locked = dir.resolve("locked");
    assertThat(visitor.visitFileFailed(locked, new AccessDeniedException(locked.toString())))
        .isEqualTo(java.nio.file.FileVisitResult.CONTINUE);
    assertThat(batch.rejections).containsExactly(new Rejection(locked.toString(), "cannot read: permission denied"));
  }

  @Test
  void read_unreadableSubfolder_keepsTheReadableFilesOfItsParent(@TempDir Path dir) throws IOException {
    good(dir);
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.writeString(locked.resolve("inside.txt"), "Hidden\n\nText.\n");
    boolean root = locked.toFile().setReadable(false, false) && Files.isReadable(locked);
    try {
      ReadResult r = read(dir.toString());
      assertThat(ids(r)).contains("good");
      if (!root) {
        assertThat(reasons(r)).contains("locked: cannot read: permission denied");
      }
    } finally {
      locked.toFile().setReadable(true, false);
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void read_namedPipe_isRejectedWithoutBlocking(@TempDir Path dir) throws Exception {
    good(dir);
    Path fifo = dir.resolve("pipe.txt");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor()).isZero();
    ReadResult inFolder = read(dir.toString());
    assertThat(ids(inFolder)).containsExactly("good");
    assertThat(reasons(inFolder)).contains("pipe.txt: not a regular file");
    ReadResult named = read(fifo.toString(), dir.resolve("good.txt").toString());
    assertThat(ids(named)).containsExactly("good");
    assertThat(reasons(named)).contains("pipe.txt: not a regular file");
  }

  @Test
  void read_utf16TextAndHtmlWithByteOrderMark_areDecoded(@TempDir Path dir) throws IOException {
    String text = "Orvik dam bursts\n\nThe Orvik dam burst on Monday, flooding forty homes along the Sell river.\n";
    String html = "<html><head><title>Orvik dam bursts</title></head><body><article><p>"
        + "The Orvik dam burst on Monday, flooding forty homes along the Sell river, county officials said "
        + "in a statement on Monday evening.</p></article></body></html>";
    Files.write(dir.resolve("le.txt"), withBom(text, "UTF-16LE", 0xFF, 0xFE));
    Files.write(dir.resolve("be.txt"), withBom(text, "UTF-16BE", 0xFE, 0xFF));
    Files.write(dir.resolve("le.html"), withBom(html, "UTF-16LE", 0xFF, 0xFE));
    Files.write(dir.resolve("be.html"), withBom(html, "UTF-16BE", 0xFE, 0xFF));
    ReadResult r = read(dir.toString());
    assertThat(r.rejections()).isEmpty();
    assertThat(r.articles()).hasSize(4).allSatisfy(a -> {
      assertThat(a.title()).isEqualTo("Orvik dam bursts");
      assertThat(a.text()).contains("flooding forty homes");
    });
  }

  private static byte[] withBom(String s, String charset, int b0, int b1) {
    byte[] body = s.getBytes(java.nio.charset.Charset.forName(charset));
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) b0;
    all[1] = (byte) b1;
    System.arraycopy(body, 0, all, 2, body.length);
    return all;
  }

  @Test
  void read_emptyWarcAndWarcWithoutResponses_areNamed(@TempDir Path dir) throws IOException {
    good(dir);
    Path empty = Files.write(dir.resolve("empty.warc"), new byte[0]);
    String warcinfo = "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nContent-Type: application/warc-fields\r\n"
        + "Content-Length: 9\r\n\r\nsoftware:\r\n\r\n";
    Path info = Files.writeString(dir.resolve("info.warc"), warcinfo);
    ReadResult r = read(dir.toString());
    assertThat(ids(r)).containsExactly("good");
    assertThat(reasons(r)).contains(empty + ": empty WARC file")
        .contains(info + ": no HTML pages in the WARC file: 1 record read");
  }

  @Test
  void read_folderWithNoSupportedFiles_isNamed(@TempDir Path dir) throws IOException {
    Path notes = Files.createDirectory(dir.resolve("notes"));
    Files.writeString(notes.resolve("readme.md"), "# nothing for us\n");
    ReadResult r = read(notes.toString(), good(dir).toString());
    assertThat(ids(r)).containsExactly("good");
    assertThat(reasons(r)).contains("notes: no supported files in the folder");
  }

  @Test
  void read_jsonTextOfOtherTypes_trailingGarbageAndInvalidUtf8_areRejectedLineByLine(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("mixed.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      for (String line : List.of(GOOD_LINE, "{\"id\":\"n\",\"text\":42}", "{\"id\":\"b\",\"text\":true}",
          "{\"id\":\"o\",\"text\":{\"a\":1}}", "{\"id\":\"a\",\"text\":[\"x\"]}", GOOD_LINE.replace("good", "t") + " junk",
          "{\"id\":{},\"text\":\"x\"}")) {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      out.write("{\"id\":\"bad-utf8\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {(byte) 0xE9, '"', '}', '\n'});
    }
    ReadResult r = read(f.toString());
    assertThat(ids(r)).containsExactly("good");
    assertThat(r.rejections()).extracting(Rejection::reason).containsExactly(
        "\"text\" must be a string, not a number", "\"text\" must be a string, not a boolean",
        "\"text\" must be a string, not an object", "\"text\" must be a string, not an array",
        "malformed JSON: text after the object ends", "\"id\" must be a string or a whole number, not an object",
        "invalid UTF-8 bytes in the line (JSON lines must be UTF-8)");
  }

  @Test
  void read_jsonLineOver20Megabytes_isReadWhenTheLimitAllowsIt(@TempDir Path dir) throws IOException {
    String big = "word ".repeat(4_400_000); // 22 MB: over Jackson's default 20 MB string limit
    Path f = Files.writeString(dir.resolve("big.jsonl"), "{\"id\":\"big\",\"text\":\"" + big + "\"}\n");
    ReadResult r = read(32L << 20, f.toString());
    assertThat(r.rejections()).isEmpty();
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(a.text()).hasSize(big.strip().length()));
  }

  @Test
  void cannotRead_namesTheReason() {
    assertThat(ArticleReader.cannotRead(new AccessDeniedException("/x"))).isEqualTo("cannot read: permission denied");
    assertThat(ArticleReader.cannotRead(new java.nio.file.FileSystemException("/x", null, "Is a directory")))
        .isEqualTo("cannot read: is a directory");
    assertThat(ArticleReader.cannotRead(new java.io.EOFException())).startsWith("cannot read: truncated data");
  }

  @Test
  void readPairs_badLinesAreRejectedAndTheRestKept(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("pairs.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write("{\"id\":\"1\",\"a\":\"One sentence.\",\"b\":\"Another one.\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', ',', '"', 'b', '"', ':', '"', 'x', '"', '}', '\n'});
      out.write("{\"id\":\"3\",\"a\":\"\",\"b\":\"\"}\n{\"id\":\"4\",\"a\":\"x\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    ArticleReader reader = new ArticleReader();
    PairsRead r = reader.readPairs(f.toString(), InputStream.nullInputStream());
    assertThat(r.pairs()).extracting(TextPair::id).containsExactly("1");
    assertThat(r.rejections()).extracting(Rejection::reason).containsExactly(
        "invalid UTF-8 bytes in the line (JSON lines must be UTF-8)", "\"a\" and \"b\" are both empty",
        "needs \"a\" and \"b\", two texts to compare");
  }

  @Test
  void readPairs_missingFileFolderAndEmptyFile_areRejected(@TempDir Path dir) throws IOException {
    ArticleReader reader = new ArticleReader();
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    assertThat(reader.readPairs(dir.resolve("nope.jsonl").toString(), InputStream.nullInputStream()).rejections())
        .extracting(Rejection::reason).containsExactly("no such file");
    assertThat(reader.readPairs(dir.toString(), InputStream.nullInputStream()).rejections())
        .extracting(Rejection::reason).containsExactly("is a folder: pairs reads one JSON-lines file");
    assertThat(reader.readPairs(empty.toString(), InputStream.nullInputStream()).rejections())
        .extracting(Rejection::reason).containsExactly("empty file: no JSON lines");
  }

  @Test
  void read_emojiOnlyFirstLine_keepsItAsTheTitle(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("emoji.txt"), "\uD83D\uDD25\uD83D\uDE92\n\nA fire broke out at the Orvik dam on Monday.\n");
    ReadResult r = read(f.toString());
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("\uD83D\uDD25\uD83D\uDE92"));
  }
}
