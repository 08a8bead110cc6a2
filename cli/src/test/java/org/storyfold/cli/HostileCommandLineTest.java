package org.storyfold.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyfold.cli.StoryfoldCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.storyfold.cli.StoryfoldCommandTest.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as a hostile user runs it: every bad value or input named, the rest still done. */
class HostileCommandLineTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--threshold|-1|invalid value for --threshold '-1.0': threshold must be between 0.0 and 1.0 (exclusive), got -1.0",
      "--threshold|5|invalid value for --threshold '5.0': threshold must be between 0.0 and 1.0",
      "--threshold|NaN|invalid value for --threshold 'NaN': threshold must be between 0.0 and 1.0",
      "--max-days-apart|-3|invalid value for --max-days-apart '-3': maxDaysApart must be at least 0, got -3",
      "--max-article-bytes|0|invalid value for --max-article-bytes '0': maxArticleBytes must be between 1 and"})
  void cluster_outOfRangeOption_isUsageErrorNamingOptionAndRange(String option, String value, String message,
                                                                 @TempDir Path dir) throws Exception {
    Run r = run("cluster", option, value, StoryfoldCommandTest.folder(dir).toString());
    assertThat(r.status()).isEqualTo(StoryfoldCommand.USAGE);
    assertThat(r.err().lines()).singleElement().satisfies(line -> assertThat(line).contains(message));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("refineMinTerms");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void cluster_modelFolderWithoutModel_isUsageErrorBeforeReading(@TempDir Path dir) throws Exception {
    Path model = Files.createDirectory(dir.resolve("model"));
    Files.writeString(model.resolve("tokenizer.json"), "{}");
    Run one = run("cluster", "--model", model.toString(), StoryfoldCommandTest.folder(dir).toString());
    assertThat(one.status()).isEqualTo(StoryfoldCommand.USAGE);
    assertThat(one.err()).contains("--model").contains("has no readable model.onnx");
    Run missing = run("extract", "--model", dir.resolve("nope").toString(), dir.toString());
    assertThat(missing.status()).isEqualTo(StoryfoldCommand.USAGE);
    assertThat(missing.err()).contains("does not exist");
  }

  @Test
  void cluster_explainWithJson_staysOneParsableDocument(@TempDir Path dir) throws Exception {
    StoryfoldCommandTest.folder(dir);
    Files.writeString(dir.resolve("menu.txt"), "Orvik news\n\nHome | News | Sport | Weather | Contact\n\n"
        + "The Orvik council met on Tuesday and approved a new budget for the harbour, the mayor said.\n");
    Run r = run("cluster", "--explain", "--format", "json", dir.toString());
    assertThat(r.status()).isZero();
    JsonNode root = Report.JSON.readTree(r.out());
    assertThat(root.get("stories").findValues("removed")).isNotEmpty();
    Run jsonl = run("extract", "--explain", "--format", "jsonl", dir.toString());
    for (String line : jsonl.out().lines().toList()) {
      assertThat(Report.JSON.readTree(line).has("removed")).isTrue();
    }
  }

  @Test
  void cluster_idWithNewlineAndNul_isEscapedInTheTextReport(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("odd.jsonl"),
        "{\"id\":\"two\\nlines\\u0000\",\"title\":\"Orvik dam\\nbursts\",\"text\":\"The Orvik dam burst on Monday.\"}\n");
    Run r = run("cluster", f.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Orvik dam\\nbursts").doesNotContain("\u0000");
    assertThat(r.out().lines().filter(l -> l.startsWith("lines"))).isEmpty();
  }

  @Test
  void pairs_missingFileFolderAndEmptyFile_areRejectedWithExitOne(@TempDir Path dir) throws Exception {
    Run missing = run("pairs", "--lexical", dir.resolve("nope.jsonl").toString());
    assertThat(missing.status()).isEqualTo(StoryfoldCommand.REJECTED);
    assertThat(missing.err()).contains("nope.jsonl: no such file").doesNotContain("Exception");
    Run folder = run("pairs", "--lexical", dir.toString());
    assertThat(folder.status()).isEqualTo(StoryfoldCommand.REJECTED);
    assertThat(folder.err()).contains("is a folder");
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Run none = run("pairs", "--lexical", empty.toString());
    assertThat(none.status()).isEqualTo(StoryfoldCommand.REJECTED);
    assertThat(none.err()).contains("empty file");
  }

  @Test
  void pairs_undecodableAndEmptyLines_areRejectedAndTheRestAnswered(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("pairs.jsonl");
    try (var out = Files.newOutputStream(f)) {
      out.write("{\"id\":\"1\",\"a\":\"The dam burst on Monday.\",\"b\":\"On Monday the dam burst.\"}\n".getBytes());
      out.write(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'});
      out.write("{\"id\":\"3\",\"a\":\"\",\"b\":\"\"}\n".getBytes());
    }
    Run r = run("pairs", "--lexical", f.toString());
    assertThat(r.status()).isEqualTo(StoryfoldCommand.REJECTED);
    assertThat(r.out().lines()).singleElement().satisfies(l -> assertThat(l).contains("\"id\":\"1\""));
    assertThat(r.err()).contains("pairs.jsonl:2: invalid UTF-8").contains("pairs.jsonl:3: \"a\" and \"b\" are both empty");
  }
}
