package org.storyfold.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Cleaning;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every command that reads articles accepts. */
final class InputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = {
      "A file or a folder (read recursively), or - for JSON lines on standard input.",
      "Formats by name: .txt (first non-empty line is the title), .html/.htm (also .gz),",
      ".jsonl/.ndjson (id and text required; title, url, source, published, language optional),",
      ".warc/.warc.gz (each HTML response record is an article)."})
  List<String> inputs;

  @Option(names = "--max-article-bytes", paramLabel = "N",
      defaultValue = "" + ArticleReader.DEFAULT_MAX_ARTICLE_BYTES,
      description = "Largest single article (file, JSON line or WARC record) accepted, in bytes, 1 to "
          + StoryfoldConfig.MAX_ARTICLE_BYTES_LIMIT + " (default: ${DEFAULT-VALUE}). Larger ones are rejected.")
  long maxArticleBytes;

  @Option(names = "--model", paramLabel = "DIR",
      description = "A folder with an ONNX sentence-embedding model (model.onnx) and its tokenizer.json, used "
          + "instead of the bundled all-MiniLM-L6-v2; checked before anything is read. Nothing is downloaded.")
  Path model;

  @Option(names = "--no-model", description = "Never run the embedding model: words, names and numbers decide "
      + "alone. Faster on batches whose doubtful merges are many; less sure on small batches.")
  boolean noModel;

  /** The engine's configuration from the options; a bad value is a usage error naming its option. */
  StoryfoldConfig config() {
    StoryfoldConfig config = StoryfoldConfig.defaults().withEmbeddings(!noModel);
    config = setting(spec, config, "--max-article-bytes", String.valueOf(maxArticleBytes),
        c -> c.withMaxArticleBytes(maxArticleBytes));
    return config.withModel(model);
  }

  /** Builds the engine; a model folder that holds no model is a usage error of {@code --model}. */
  Storyfold engine(StoryfoldConfig config) {
    try {
      return new Storyfold(config);
    } catch (IllegalArgumentException e) {
      throw usage(spec, "--model", String.valueOf(model), e);
    }
  }

  /**
   * Applies one option's value to the configuration, which validates it: an out-of-range value is a usage
   * error (exit 2) whose one line names the option, the value and the allowed range.
   */
  static StoryfoldConfig setting(CommandSpec spec, StoryfoldConfig config, String option, String value,
                                 UnaryOperator<StoryfoldConfig> apply) {
    try {
      return apply.apply(config);
    } catch (IllegalArgumentException e) {
      throw usage(spec, option, value, e);
    }
  }

  static CommandLine.ParameterException usage(CommandSpec spec, String option, String value,
                                              IllegalArgumentException e) {
    return new CommandLine.ParameterException(spec.commandLine(),
        "invalid value for " + option + " '" + value + "': " + e.getMessage());
  }

  /** What a command has once the inputs are read and cleaned. */
  record Loaded(ReadResult read, Cleaning cleaned) {}

  /** Reads the inputs through the engine and cleans them. */
  Loaded load(Storyfold engine, Progress progress) {
    progress.say("reading");
    ReadResult read = engine.read(inputs, System.in);
    progress.say("cleaning " + read.articles().size() + " articles");
    return new Loaded(read, engine.clean(read));
  }
}
