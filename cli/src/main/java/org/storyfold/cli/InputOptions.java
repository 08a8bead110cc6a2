package org.storyfold.cli;

import java.nio.file.Path;
import java.util.List;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.extract.Cleaning;
import org.storyfold.extract.Extractor;
import org.storyfold.io.ArticleReader;
import org.storyfold.io.ReadResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads articles accepts. */
final class InputOptions {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = {
      "A file or a folder (read recursively), or - for JSON lines on standard input.",
      "Formats by name: .txt (first non-empty line is the title), .html/.htm (also .gz),",
      ".jsonl/.ndjson (id and text required; title, url, source, published, language optional),",
      ".warc/.warc.gz (each HTML response record is an article)."})
  List<String> inputs;

  @Option(names = "--max-article-bytes", paramLabel = "N", defaultValue = "16777216",
      description = "Largest single article (file, JSON line or WARC record) accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxArticleBytes;

  @Option(names = "--model", paramLabel = "DIR",
      description = "A folder with an ONNX sentence-embedding model (model.onnx) and its tokenizer.json, used "
          + "instead of the bundled all-MiniLM-L6-v2. Nothing is downloaded.")
  Path model;

  @Option(names = "--no-model", description = "Never run the embedding model: words, names and numbers decide "
      + "alone. Faster on batches whose doubtful merges are many; less sure on small batches.")
  boolean noModel;

  StoryfoldConfig config() {
    return StoryfoldConfig.defaults().withMaxArticleBytes(maxArticleBytes).withModel(model).withEmbeddings(!noModel);
  }

  ReadResult read(StoryfoldConfig config) {
    return new ArticleReader(config.maxArticleBytes(), new Extractor()).read(inputs, System.in);
  }

  /** What a command has once the inputs are read and cleaned. */
  record Loaded(ReadResult read, Cleaning cleaned) {}

  /** Reads the inputs, cleans them, and prints the --explain listing when asked. */
  Loaded load(Storyfold engine, boolean explain, Progress progress) {
    progress.say("reading");
    ReadResult read = read(engine.config());
    progress.say("cleaning " + read.articles().size() + " articles");
    Cleaning cleaned = engine.clean(read.articles(), read.pages());
    if (explain) {
      progress.done();
      Explain.print(cleaned, System.out);
    }
    return new Loaded(read, cleaned);
  }
}
