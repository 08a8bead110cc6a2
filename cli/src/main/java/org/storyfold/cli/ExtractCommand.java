package org.storyfold.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.storyfold.StoryJson;
import org.storyfold.Storyfold;
import org.storyfold.extract.Cleaning;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyfold extract}: articles in, clean articles out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Prints each article's clean text.", "",
        "The main text of HTML pages and WARC records, and text articles without their sites' "
            + "boilerplate lines (menus, share bars, comment forms, related lists, credits, machine-written "
            + "summaries).", "",
        "Example:", "  storyfold extract --format jsonl pages/ > articles.jsonl",
        "  storyfold extract --explain examples/a-02-light.txt"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:all inputs read", "1:some inputs rejected (named on standard error)",
        "2:bad command line", "3:internal error"})
final class ExtractCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default) or jsonl: one object a line with id, title, text, url, source, published, "
          + "language.")
  Format format;

  @Option(names = "--explain", description = "Show, per article, which lines were removed and why (with --format "
      + "jsonl: a \"removed\" list [{\"line\",\"reason\"}] in each object).")
  boolean explain;

  @Option(names = "--stats", description = "Print articles/s and peak memory on standard error at the end.")
  boolean stats;

  enum Format { text, jsonl }

  @Override
  public Integer call() {
    Stats clock = new Stats();
    Storyfold engine = input.engine(input.config());
    InputOptions.Loaded loaded = input.load(engine, new Progress(System.err));
    ReadResult read = loaded.read();
    Cleaning cleaned = loaded.cleaned();
    PrintStream out = System.out;
    if (explain && format == Format.text) {
      Explain.print(cleaned, out);
    }
    for (Article a : cleaned.articles()) {
      if (a.language() == null) {
        a = a.withLanguage(engine.detectLanguage(a.fullText()));
      }
      if (format == Format.jsonl) {
        ObjectNode o = StoryJson.article(a, true);
        if (explain) {
          Explain.into(o, a.id(), cleaned);
        }
        out.println(o.toString());
      } else {
        out.println("# " + Report.printable(a.id()) + (a.title().isEmpty() ? "" : ": " + Report.printable(a.title())));
        out.println(a.text());
        out.println();
      }
    }
    out.flush();
    int status = Report.complain(read.rejections(), read.warnings(), System.err);
    if (stats) {
      clock.print("extract", read.articles().size(), System.err);
    }
    return status;
  }
}
