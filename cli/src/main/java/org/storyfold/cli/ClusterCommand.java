package org.storyfold.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.Storyfold;
import org.storyfold.StoryReport;
import org.storyfold.StoryfoldConfig;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;
import org.storyfold.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyfold cluster}: articles in, stories out. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = {"Groups articles into the stories they report.", "",
        "Every article read is in exactly one story; a story may hold one article. Stories come largest",
        "first; the text report gives each story's headline, then each article's source and title.", "",
        "Example:", "  storyfold cluster examples/", "  storyfold cluster --format json feed.jsonl pages/ crawl.warc.gz"},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:all inputs read", "1:some inputs rejected (named on standard error and under \"rejected\")",
        "2:bad command line", "3:internal error"})
final class ClusterCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default) or json: {\"stories\":[{\"id\",\"headline\",\"articles\":[{\"id\",\"title\","
          + "\"source\",\"url\",\"published\",\"language\"}]}],\"rejected\":[{\"input\",\"reason\"}]}")
  Format format;

  @Option(names = "--threshold", paramLabel = "T",
      description = "Mean similarity at which two groups are one topic (default 0.06); higher splits more.")
  Double threshold;

  @Option(names = "--max-days-apart", paramLabel = "DAYS",
      description = "Articles whose dates lie further apart are never one story (default 10).")
  Integer maxDaysApart;

  @Option(names = "--with-text", description = "Add each article's clean text to the JSON.")
  boolean withText;

  @Option(names = "--explain", description = "Show, per article, which lines were removed as boilerplate and why.")
  boolean explain;

  @Option(names = "--brief", description = "Stories only: skip who-copied-whom and the facts (faster on big batches).")
  boolean brief;

  @Option(names = "--stats", description = "Print articles/s and peak memory on standard error at the end.")
  boolean stats;

  enum Format { text, json }

  @Override
  public Integer call() {
    Stats clock = new Stats();
    StoryfoldConfig config = input.config();
    if (threshold != null) {
      config = config.withCluster(config.cluster().withThreshold(threshold));
    }
    if (maxDaysApart != null) {
      config = config.withCluster(config.cluster().withMaxDaysApart(maxDaysApart));
    }
    Progress progress = new Progress(System.err);
    Storyfold engine = new Storyfold(config);
    InputOptions.Loaded loaded = input.load(engine, explain, progress);
    ReadResult read = loaded.read();
    progress.say("clustering " + read.articles().size() + " articles");
    List<Story> stories = engine.stories(loaded.cleaned().articles());
    java.util.Map<String, StoryReport> reports = new java.util.HashMap<>();
    if (!brief) {
      progress.say("describing " + stories.size() + " stories");
      stories.parallelStream().filter(s -> s.articles().size() > 1)
          .map(s -> engine.describe(s, loaded.cleaned())).toList()
          .forEach(r -> reports.put(r.story().id(), r));
    }
    progress.done();
    PrintStream out = System.out;
    if (format == Format.json) {
      ObjectNode root = Report.JSON.createObjectNode();
      ArrayNode arr = root.putArray("stories");
      for (Story s : stories) {
        arr.add(StoryJson.of(s, reports.get(s.id()), withText));
      }
      root.set("rejected", Report.rejections(read.rejections()));
      out.println(root.toPrettyString());
    } else {
      printText(stories, reports, read, out);
    }
    out.flush();
    int status = Report.complain(read.rejections(), read.warnings(), System.err);
    if (stats) {
      clock.print("cluster", read.articles().size(), System.err);
    }
    return status;
  }

  private static void printText(List<Story> stories, java.util.Map<String, StoryReport> reports, ReadResult read,
                                PrintStream out) {
    long multi = stories.stream().filter(s -> s.articles().size() > 1).count();
    out.printf("%d article%s, %d stor%s (%d with more than one article)%n", read.articles().size(),
        read.articles().size() == 1 ? "" : "s", stories.size(), stories.size() == 1 ? "y" : "ies", multi);
    for (Story s : stories) {
      out.println();
      out.printf("[%s] %s  (%d article%s)%n", s.id(), s.headline(), s.articles().size(),
          s.articles().size() == 1 ? "" : "s");
      StoryReport report = reports.get(s.id());
      if (report == null) {
        for (Article a : s.articles()) {
          out.printf("    %-28s %s%n", Report.source(a), a.title().isEmpty() ? "(no title)" : a.title());
        }
      } else {
        DerivationTree.print(s, report.reuse(), out);
        FactsText.print(report, out);
      }
    }
    if (!read.rejections().isEmpty()) {
      out.println();
      out.printf("%d input%s rejected (see standard error)%n", read.rejections().size(),
          read.rejections().size() == 1 ? "" : "s");
    }
  }
}
