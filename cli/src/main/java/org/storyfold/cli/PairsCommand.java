package org.storyfold.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.reuse.Comparison;
import org.storyfold.reuse.Reuse;
import org.storyfold.story.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfold pairs}: how alike are two texts? */
@Command(name = "pairs", mixinStandardHelpOptions = true,
    description = {"Says how alike two texts are: two sentences (same content?) or two articles (same story?).", "",
        "Input: JSON lines {\"id\",\"a\",\"b\"}. Output: JSON lines {\"id\",\"similarity\",\"same\",\"relation\"}, "
            + "similarity in [0,1]. Sentences are scored with the embedding model and the lexical scorer together "
            + "(MSRP test F1 0.83); --lexical drops the model for speed.", "",
        "Example:", "  storyfold pairs pairs.jsonl > scores.jsonl"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:all lines read", "1:some lines rejected (named on standard error)", "2:bad command line",
        "3:internal error"})
final class PairsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.jsonl", description = "JSON lines with id, a and b; - for standard input.")
  String file;

  @Option(names = "--lexical", description = "Words, names and numbers only, no embedding model: thousands of pairs a second.")
  boolean lexical;

  @Option(names = "--stats", description = "Print pairs/s on standard error at the end.")
  boolean stats;

  private record Pair(String id, String a, String b) {}

  @Override
  public Integer call() throws IOException {
    Stats clock = new Stats();
    List<Pair> pairs = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    try (BufferedReader in = file.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = file + ":" + lineNo;
        try {
          JsonNode n = Report.JSON.readTree(line);
          if (!n.isObject() || !n.hasNonNull("a") || !n.hasNonNull("b")) {
            rejected.add(new Rejection(where, "needs \"a\" and \"b\""));
            continue;
          }
          if (n.get("a").asText().isBlank() || n.get("b").asText().isBlank()) {
            rejected.add(new Rejection(where, "\"a\" or \"b\" is empty"));
            continue;
          }
          pairs.add(new Pair(n.hasNonNull("id") ? n.get("id").asText() : String.valueOf(lineNo),
              n.get("a").asText(), n.get("b").asText()));
        } catch (IOException e) {
          rejected.add(new Rejection(where, "malformed JSON"));
        }
      }
    }
    Storyfold engine = new Storyfold(StoryfoldConfig.defaults().withEmbeddings(!lexical));
    Reuse reuse = engine.pairScorer();
    reuse.comparison("Warm-up sentence one.", "Warm-up sentence two."); // loads the models before timing
    Stats scoring = new Stats();
    List<float[]> va = null;
    List<float[]> vb = null;
    if (!lexical && !pairs.isEmpty()) {
      // One batch through the model for all texts: far cheaper than one call per pair.
      va = engine.embedder().embedAll(pairs.stream().map(Pair::a).toList());
      vb = engine.embedder().embedAll(pairs.stream().map(Pair::b).toList());
    }
    List<float[]> a = va;
    List<float[]> b = vb;
    // One batch: scored on every core, article pairs weighed by the batch's document frequencies.
    List<Comparison> scores = reuse.comparisons(pairs.stream().map(p -> new String[] {p.a(), p.b()}).toList(), a, b);
    PrintStream out = System.out;
    for (int i = 0; i < pairs.size(); i++) {
      Comparison c = scores.get(i);
      out.println(Report.JSON.createObjectNode().put("id", pairs.get(i).id())
          .put("similarity", Math.round(c.similarity() * 10000) / 10000.0).put("same", c.same())
          .put("relation", c.relation().toString()).toString());
    }
    out.flush();
    if (stats) {
      clock.print("pairs (model loading included)", pairs.size(), "pairs", System.err);
      scoring.print("pairs (scoring only)", pairs.size(), "pairs", System.err);
    }
    return Report.complain(rejected, List.of(), System.err);
  }
}
