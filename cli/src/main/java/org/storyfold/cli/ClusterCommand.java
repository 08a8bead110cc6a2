package org.storyfold.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyfold.StoryJson;
import org.storyfold.StoryReport;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.io.ReadResult;
import org.storyfold.pages.Pages;
import org.storyfold.pages.export.StaticSite;
import org.storyfold.story.Article;
import org.storyfold.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
      description = "text (default), json: {\"stories\":[{\"id\",\"headline\",\"articles\":[{\"id\",\"title\","
          + "\"source\",\"url\",\"published\",\"language\"}]}],\"rejected\":[{\"input\",\"reason\"}]}, "
          + "or html: a static site in --output (index.html, stories/, articles/), browsable from disk")
  Format format;

  @Option(names = "--output", paramLabel = "DIR", description = "The folder --format html writes (created when missing).")
  java.nio.file.Path output;

  @Option(names = "--threshold", paramLabel = "T",
      description = "Mean similarity at which two groups are one topic (default 0.06); higher splits more.")
  Double threshold;

  @Option(names = "--max-days-apart", paramLabel = "DAYS",
      description = "Articles whose dates lie further apart are never one story (default 10).")
  Integer maxDaysApart;

  @Option(names = "--with-text", description = "Add each article's clean text to the JSON.")
  boolean withText;

  @Option(names = "--explain", description = "Show, per article, which lines were removed as boilerplate and why "
      + "(with --format json: a \"removed\" list [{\"line\",\"reason\"}] on each article).")
  boolean explain;

  @Option(names = "--brief", description = "Stories only: skip who-copied-whom and the facts (faster on big batches).")
  boolean brief;

  @Option(names = "--stats", description = "Print articles/s and peak memory on standard error at the end.")
  boolean stats;

  @Spec
  CommandSpec spec;

  enum Format { text, json, html }

  /** Stories described at once: enough to keep both cores busy, few enough that memory stays flat. */
  private static final int WINDOW = 32;

  @Override
  public Integer call() throws IOException {
    Stats clock = new Stats();
    StoryfoldConfig config = input.config();
    if (threshold != null) {
      config = InputOptions.setting(spec, config, "--threshold", String.valueOf(threshold),
          c -> c.withCluster(c.cluster().withThreshold(threshold)));
    }
    if (maxDaysApart != null) {
      config = InputOptions.setting(spec, config, "--max-days-apart", String.valueOf(maxDaysApart),
          c -> c.withCluster(c.cluster().withMaxDaysApart(maxDaysApart)));
    }
    if ((format == Format.html) != (output != null)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), format == Format.html
          ? "--format html needs --output DIR" : "--output is for --format html (text and json go to standard output)");
    }
    Storyfold engine = input.engine(config);
    engine.preloadLeadModel(); // its load overlaps reading
    try {
      return cluster(engine, clock);
    } finally {
      engine.awaitLeadModel();
    }
  }

  private int cluster(Storyfold engine, Stats clock) throws IOException {
    Progress progress = new Progress(System.err);
    InputOptions.Loaded loaded = input.load(engine, progress);
    ReadResult read = loaded.read();
    if (explain && format == Format.text) {
      Explain.print(loaded.cleaned(), System.out);
    }
    progress.say("clustering " + read.articles().size() + " articles");
    List<Story> stories = engine.stories(loaded.cleaned().articles());
    progress.say("describing " + stories.size() + " stories");
    PrintStream out = System.out;
    if (format == Format.html) {
      writeHtml(engine, stories, loaded);
    } else if (format == Format.json) {
      writeJson(engine, stories, loaded, out);
    } else {
      printText(engine, stories, loaded, out);
    }
    progress.done();
    out.flush();
    int status = Report.complain(read.rejections(), read.warnings(), System.err);
    for (String f : failures) {
      System.err.println("storyfold: internal error: " + Report.printable(f));
    }
    if (stats) {
      clock.print("cluster", read.articles().size(), System.err);
    }
    return failures.isEmpty() ? status : StoryfoldCommand.INTERNAL;
  }

  /**
   * Describes stories a window at a time (in parallel inside a window) and hands each to {@code sink} in
   * order, so that output starts early and no more than a window of reports is ever held.
   */
  private void eachStory(Storyfold engine, List<Story> stories, InputOptions.Loaded loaded,
                         java.util.function.BiConsumer<Story, StoryReport> sink) {
    for (int from = 0; from < stories.size(); from += WINDOW) {
      List<Story> window = stories.subList(from, Math.min(stories.size(), from + WINDOW));
      List<StoryReport> reports = window.parallelStream()
          .map(s -> brief || s.articles().size() < 2 ? null : describe(engine, s, loaded))
          .toList();
      for (int i = 0; i < window.size(); i++) {
        sink.accept(window.get(i), reports.get(i));
      }
    }
  }

  /** Describes one story; a failure there costs that story its description, not the batch its output. */
  private StoryReport describe(Storyfold engine, Story story, InputOptions.Loaded loaded) {
    try {
      return engine.describe(story, loaded.cleaned());
    } catch (RuntimeException e) {
      failures.add("story " + story.id() + " (" + story.articles().get(0).id() + ", ...) could not be described: " + e);
      return null;
    }
  }

  /** Stories whose description failed: printed without it, named on standard error, exit status 3. */
  private final List<String> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  /** The JSON document, written story by story as a stream (a big batch never sits whole in memory). */
  private void writeJson(Storyfold engine, List<Story> stories, InputOptions.Loaded loaded, PrintStream out)
      throws IOException {
    JsonGenerator json = Report.JSON.getFactory().createGenerator(out).useDefaultPrettyPrinter();
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    json.writeArrayFieldStart("stories");
    eachStory(engine, stories, loaded, (story, report) -> {
      ObjectNode node = StoryJson.story(story, report, withText);
      if (explain) {
        Explain.into(node, loaded.cleaned());
      }
      try {
        json.writeTree(node);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    json.writeEndArray();
    json.writeFieldName("rejected");
    json.writeTree(StoryJson.rejections(loaded.read().rejections()));
    json.writeEndObject();
    json.flush();
    out.println();
  }

  /** The static site: a page per story and per article as each story is described, the index last. */
  private void writeHtml(Storyfold engine, List<Story> stories, InputOptions.Loaded loaded) throws IOException {
    StaticSite site = StaticSite.create(output);
    eachStory(engine, stories, loaded, (story, report) -> {
      try {
        site.add(new Pages.Described(story, report));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    int files = site.finish();
    System.err.println("storyfold: wrote " + files + " files to " + output + " (open "
        + output.resolve("index.html") + ")");
  }

  private void printText(Storyfold engine, List<Story> stories, InputOptions.Loaded loaded, PrintStream out) {
    ReadResult read = loaded.read();
    long multi = stories.stream().filter(s -> s.articles().size() > 1).count();
    out.printf("%d article%s, %d stor%s (%d with more than one article)%n", read.articles().size(),
        read.articles().size() == 1 ? "" : "s", stories.size(), stories.size() == 1 ? "y" : "ies", multi);
    eachStory(engine, stories, loaded, (s, report) -> {
      out.println();
      out.printf("[%s] %s  (%d article%s)%n", s.id(), Report.printable(s.headline()), s.articles().size(),
          s.articles().size() == 1 ? "" : "s");
      if (report == null) {
        for (Article a : s.articles()) {
          out.printf("    %-28s %s%n", Report.printable(Report.source(a)),
              a.title().isEmpty() ? "(no title)" : Report.printable(a.title()));
        }
      } else {
        DerivationTree.print(s, report.reuse(), out);
        FactsText.print(report, out);
      }
    });
    if (!read.rejections().isEmpty()) {
      out.println();
      out.printf("%d input%s rejected (see standard error)%n", read.rejections().size(),
          read.rejections().size() == 1 ? "" : "s");
    }
  }
}
