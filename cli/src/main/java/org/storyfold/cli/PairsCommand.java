package org.storyfold.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.io.PairsRead;
import org.storyfold.io.TextPair;
import org.storyfold.reuse.Comparison;
import org.storyfold.story.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfold pairs}: how alike are two texts? */
@Command(name = "pairs", mixinStandardHelpOptions = true,
    description = {"Says how alike two texts are: two sentences (same content?) or two articles (same story?).", "",
        "Input: JSON lines {\"id\",\"a\",\"b\"} (UTF-8). Output: JSON lines {\"id\",\"similarity\",\"same\",\"relation\"}, "
            + "similarity in [0,1], in input order. Sentences are scored with the embedding model and the lexical "
            + "scorer together (MSRP test F1 0.83); --lexical drops the model for speed.",
        "A line that is not a JSON object with two non-empty texts \"a\" and \"b\" is rejected (named on standard "
            + "error with its line number) and the other lines are still answered.", "",
        "Example:", "  storyfold pairs pairs.jsonl > scores.jsonl"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:all lines read", "1:some lines (or the file) rejected, named on standard error",
        "2:bad command line", "3:internal error"})
final class PairsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.jsonl", description = "JSON lines with id, a and b (also .gz); - for standard input.")
  String file;

  @Option(names = "--lexical", description = "Words, names and numbers only, no embedding model: thousands of pairs a second.")
  boolean lexical;

  @Option(names = "--stats", description = "Print pairs/s on standard error at the end.")
  boolean stats;

  @Override
  public Integer call() {
    Stats clock = new Stats();
    Storyfold engine = new Storyfold(StoryfoldConfig.defaults().withEmbeddings(!lexical));
    PairsRead read = engine.readPairs(file, System.in);
    List<TextPair> pairs = read.pairs();
    Stats scoring = new Stats();
    List<Rejection> rejected = new ArrayList<>(read.rejections());
    List<Comparison> scores;
    try {
      scores = engine.compare(pairs);
    } catch (RuntimeException e) {
      // One pair broke the batch: score them one by one so that only that pair is lost, and named.
      scores = new ArrayList<>();
      List<TextPair> kept = new ArrayList<>();
      for (TextPair p : pairs) {
        try {
          scores.add(engine.compare(List.of(p)).get(0));
          kept.add(p);
        } catch (RuntimeException one) {
          rejected.add(new Rejection(file + " id " + p.id(), "internal error scoring this pair: " + one));
        }
      }
      pairs = kept;
    }
    PrintStream out = System.out;
    for (int i = 0; i < pairs.size(); i++) {
      Comparison c = scores.get(i);
      out.println(Report.JSON.createObjectNode().put("id", pairs.get(i).id())
          .put("similarity", Math.round(c.similarity() * 10000) / 10000.0).put("same", c.same())
          .put("relation", String.valueOf(c.relation())).toString());
    }
    out.flush();
    if (stats) {
      clock.print("pairs (model loading included)", pairs.size(), "pairs", System.err);
      scoring.print("pairs (scoring only)", pairs.size(), "pairs", System.err);
    }
    return Report.complain(rejected, List.of(), System.err);
  }
}
