package org.storyfold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryfoldCommandTest {
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = StoryfoldCommand.run(args);
      return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static Path folder(Path dir) throws Exception {
    Files.writeString(dir.resolve("dam-1.txt"), "Orvik dam bursts, flooding forty homes\n\n"
        + "The Orvik dam burst early on Monday, flooding forty homes along the Sell river, the county said.\n\n"
        + "Engineers had warned in March that the dam's spillway was cracked, according to county records.\n");
    Files.writeString(dir.resolve("dam-2.txt"), "Forty homes flooded as Orvik dam gives way\n\n"
        + "Forty homes along the Sell river were flooded on Monday after the Orvik dam burst, county officials said.\n\n"
        + "County records show engineers warned in March that the spillway of the dam was cracked.\n");
    Files.writeString(dir.resolve("chess.txt"), "Lusta chess final ends in a draw\n\n"
        + "The final of the Lusta chess open ended in a draw after 61 moves on Sunday evening.\n");
    return dir;
  }

  @Test
  void cluster_jsonHasStoriesAndNoRejections(@TempDir Path dir) throws Exception {
    Run r = run("cluster", "--format", "json", folder(dir).toString());
    assertThat(r.status()).isZero();
    JsonNode root = Report.JSON.readTree(r.out());
    assertThat(root.get("stories")).hasSize(2);
    JsonNode first = root.get("stories").get(0);
    assertThat(first.get("id").asText()).isEqualTo("s1");
    assertThat(first.get("articles")).hasSize(2);
    // the foundation's fields first; who-copied-whom adds relation and originality after them
    assertThat(first.get("articles").get(0).fieldNames()).toIterable()
        .startsWith("id", "title", "url", "source", "published", "language");
    assertThat(root.get("rejected")).isEmpty();
  }

  @Test
  void cluster_badInputsAreRejectedAndTheRestGoesOn(@TempDir Path dir) throws Exception {
    folder(dir);
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
    Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"j1\",\"text\":\"A line with text.\"}\n"
        + "{\"id\":\"j2\", oops\n" + "{\"id\":\"j3\",\"title\":\"no text\"}\n");
    Run r = run("cluster", "--format", "json", dir.toString());
    assertThat(r.status()).isEqualTo(StoryfoldCommand.REJECTED);
    JsonNode root = Report.JSON.readTree(r.out());
    int articles = 0;
    for (JsonNode s : root.get("stories")) {
      articles += s.get("articles").size();
    }
    assertThat(articles).isEqualTo(4);
    assertThat(root.get("rejected")).hasSize(4);
    assertThat(r.err()).contains("empty.txt").contains("binary").contains("feed.jsonl:2").contains("feed.jsonl:3");
  }

  @Test
  void cluster_textReportListsHeadlinesAndSources(@TempDir Path dir) throws Exception {
    Run r = run("cluster", folder(dir).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("3 articles, 2 stories").contains("[s1]").contains("dam-1");
  }

  @Test
  void extract_jsonlHasTheDocumentedFields(@TempDir Path dir) throws Exception {
    Run r = run("extract", "--format", "jsonl", folder(dir).resolve("chess.txt").toString());
    assertThat(r.status()).isZero();
    JsonNode line = Report.JSON.readTree(r.out().strip());
    assertThat(line.fieldNames()).toIterable()
        .containsExactly("id", "title", "text", "url", "source", "published", "language");
    assertThat(line.get("id").asText()).isEqualTo("chess");
    assertThat(line.get("language").asText()).isEqualTo("en");
  }

  @Test
  void run_unknownOptionIsAUsageError() {
    assertThat(run("cluster", "--no-such-option", "x").status()).isEqualTo(StoryfoldCommand.USAGE);
  }

  @Test
  void run_missingFileIsRejected() {
    Run r = run("cluster", "/no/such/folder");
    assertThat(r.status()).isEqualTo(StoryfoldCommand.REJECTED);
    assertThat(r.err()).contains("/no/such/folder").contains("no such file");
  }

  @Test
  void help_documentsExitCodes() {
    Run r = run("cluster", "--help");
    assertThat(r.out()).contains("Exit status").contains("rejected");
  }

  @Test
  void cluster_linksRunFromSourceToCopyWithSpansIntoEachText(@TempDir Path dir) throws Exception {
    Run r = run("cluster", "--format", "json", "--with-text", folder(dir).toString());
    JsonNode story = Report.JSON.readTree(r.out()).get("stories").get(0);
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    java.util.Map<String, JsonNode> relations = new java.util.HashMap<>();
    for (JsonNode a : story.get("articles")) {
      texts.put(a.get("id").asText(), a.get("text").asText());
      relations.put(a.get("id").asText(), a.get("relation"));
      assertThat(a.get("originality").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(story.get("links")).isNotEmpty();
    for (JsonNode link : story.get("links")) {
      String from = link.get("from").asText();
      String to = link.get("to").asText();
      for (JsonNode p : link.get("passages")) {
        String a = texts.get(from).substring(p.get("fromSpan").get(0).asInt(), p.get("fromSpan").get(1).asInt());
        String b = texts.get(to).substring(p.get("toSpan").get(0).asInt(), p.get("toSpan").get(1).asInt());
        assertThat(a).isNotBlank();
        assertThat(b).isNotBlank();
      }
      if (!link.get("kind").asText().equals("independent")) {
        assertThat(relations.get(to).get("of").asText()).isEqualTo(from);
      }
    }
    assertThat(story.get("summary")).isNotEmpty();
    assertThat(story.get("entities")).isNotEmpty();
  }

  @Test
  void pairs_scoresEachLineAndRejectsBadOnes(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("pairs.jsonl");
    Files.writeString(in, "{\"id\":\"p1\",\"a\":\"The Orvik dam burst on Monday, flooding forty homes.\","
        + "\"b\":\"Forty homes were flooded when the Orvik dam burst on Monday.\"}\n"
        + "{\"id\":\"p2\",\"a\":\"The Orvik dam burst on Monday, flooding forty homes.\","
        + "\"b\":\"The Lusta chess final ended in a draw after 61 moves.\"}\n"
        + "{\"id\":\"p3\",\"a\":\"only one side\"}\n");
    Run r = run("pairs", "--lexical", in.toString());
    assertThat(r.status()).isEqualTo(StoryfoldCommand.REJECTED);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode same = Report.JSON.readTree(lines[0]);
    JsonNode other = Report.JSON.readTree(lines[1]);
    assertThat(same.fieldNames()).toIterable().containsExactly("id", "similarity", "same", "relation");
    assertThat(same.get("same").asBoolean()).isTrue();
    assertThat(other.get("same").asBoolean()).isFalse();
    assertThat(same.get("similarity").asDouble()).isGreaterThan(other.get("similarity").asDouble());
    assertThat(r.err()).contains("pairs.jsonl:3");
  }
}
