package org.storyfold.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.eval.ClusterBenchmark;
import org.storyfold.eval.ExtractionBenchmark;
import org.storyfold.eval.ExtractionDates;
import org.storyfold.eval.ExtractionScore;
import org.storyfold.eval.TrafilaturaBenchmark;
import org.storyfold.extract.Extractor;
import org.storyfold.io.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyfold eval}: quality on labelled public sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measures quality on a labelled set.",
    subcommands = {EvalCommand.Clusters.class, EvalCommand.Extract.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(name = "clusters", mixinStandardHelpOptions = true,
      description = {"Clusters articles that carry a gold label, without looking at it, and prints",
          "B-cubed precision/recall/F1, adjusted Rand index and pairwise F1.", "",
          "Example:", "  storyfold eval clusters ../shared/eval/ecbplus/docs.jsonl"})
  static final class Clusters implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.jsonl", description = "JSON lines with id, text and the gold label field.")
    Path file;

    @Option(names = "--label", defaultValue = "event", description = "The gold label field (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--split", description = "Only lines whose \"split\" field has this value (e.g. test).")
    String split;

    @Option(names = "--threshold", paramLabel = "T", description = "Topic threshold (default 0.06).")
    Double threshold;

    @Option(names = "--stats", description = "Print articles/s and peak memory on standard error.")
    boolean stats;

    @Option(names = "--no-model", description = "Never run the embedding model (words, names and numbers alone).")
    boolean noModel;

    @Override
    public Integer call() {
      Stats clock = new Stats();
      StoryfoldConfig config = StoryfoldConfig.defaults().withEmbeddings(!noModel);
      if (threshold != null) {
        config = config.withCluster(config.cluster().withThreshold(threshold));
      }
      ClusterBenchmark.Run run = ClusterBenchmark.run(file, label, split, new Storyfold(config));
      ReadResult read = run.read();
      System.out.println(run.scores());
      if (stats) {
        clock.print("eval clusters", run.articles(), System.err);
      }
      return Report.complain(read.rejections(), read.warnings(), System.err);
    }
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = {"Scores main-text extraction on DIR/html/*.html.gz and prints F1, precision, recall.",
          "With DIR/ground-truth.json: the Article Extraction Benchmark's way (token 4-gram shingles).",
          "With DIR/evaldata.json: trafilatura's way (snippets the text must and must not contain).", "",
          "Examples:", "  storyfold eval extract ../shared/eval/aeb",
          "  storyfold eval extract --dates ../shared/eval/trafilatura_dev"})
  static final class Extract implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Folder with html/ and ground-truth.json or evaldata.json.")
    Path dir;

    @Option(names = "--dates", description = "Also print how often a publication date is found on the pages "
        + "whose markup declares one.")
    boolean dates;

    @Override
    public Integer call() {
      boolean trafilatura = TrafilaturaBenchmark.recognizes(dir);
      if (trafilatura) {
        System.out.println(TrafilaturaBenchmark.run(dir, new Extractor()));
      } else {
        ExtractionScore score = ExtractionBenchmark.run(dir, new Extractor());
        System.out.println(score);
      }
      if (dates) {
        System.out.println(trafilatura ? ExtractionDates.trafilatura(dir, new Extractor())
            : ExtractionDates.aeb(dir, new Extractor()));
      }
      return 0;
    }
  }
}
