package org.storyfold.text;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.storyfold.story.Article;

/**
 * Dense vectors of an article's title and lead, from an ONNX sentence-embedding model run in process
 * (LangChain4j over ONNX Runtime). The default is all-MiniLM-L6-v2, whose weights ship inside its Maven
 * artifact; {@link #fromFolder(Path)} loads any BERT-style model (for example a multilingual one)
 * from {@code model.onnx} and {@code tokenizer.json}. Nothing is downloaded. About 14 ms per lead on
 * one core, so the engine asks for vectors only where the cheap signals leave a doubt.
 */
public final class Embedder {
  /** Words of title + body that make the lead (the model reads at most 256 word pieces anyway). */
  public static final int LEAD_WORDS = 60;

  private final EmbeddingModel model;

  private Embedder(EmbeddingModel model) {
    this.model = model;
  }

  /** The bundled all-MiniLM-L6-v2 (English). */
  public static Embedder bundled() {
    stayOffline();
    return new Embedder(new AllMiniLmL6V2EmbeddingModel());
  }

  /** A model from a folder holding {@code model.onnx} and {@code tokenizer.json}, mean pooling. */
  public static Embedder fromFolder(Path dir) {
    checkFolder(dir);
    stayOffline();
    return new Embedder(new OnnxEmbeddingModel(dir.resolve("model.onnx"), dir.resolve("tokenizer.json"),
        PoolingMode.MEAN));
  }

  /**
   * Checks, before anything is loaded, that {@code dir} is a folder holding {@code model.onnx} and
   * {@code tokenizer.json}; the message names what is missing.
   */
  public static void checkFolder(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(Files.exists(dir) ? "model " + dir + " is not a folder"
          : "model folder " + dir + " does not exist");
    }
    for (String name : new String[] {"model.onnx", "tokenizer.json"}) {
      if (!Files.isRegularFile(dir.resolve(name)) || !Files.isReadable(dir.resolve(name))) {
        throw new IllegalArgumentException("model folder " + dir + " has no readable " + name
            + " (it needs model.onnx and tokenizer.json)");
      }
    }
  }

  /**
   * The tokenizer library under LangChain4j (DJL) probes the cloud metadata address for usage tracking
   * and would download a native library for a platform it does not bundle. Its documented switches turn
   * both off; they must be set before the first model loads. A user's own setting is left as it is.
   */
  static void stayOffline() {
    for (String key : new String[] {"ai.djl.offline", "offline", "OPT_OUT_TRACKING"}) {
      if (System.getProperty(key) == null) {
        System.setProperty(key, "true");
      }
    }
  }

  /** Unit-length vector of the article's title and first {@link #LEAD_WORDS} words. */
  public float[] lead(Article article) {
    return embed(leadText(article));
  }

  /** Unit-length vectors of many texts at once (batched through the model). */
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
    return model.embedAll(segments).content().stream().map(e -> unit(e.vector())).toList();
  }

  /** Unit-length vector of a text. */
  public float[] embed(String text) {
    return unit(model.embed(text.isBlank() ? "." : text).content().vector());
  }

  /** Title plus the first words of the body. */
  public static String leadText(Article article) {
    String[] words = article.text().split("\\s+", LEAD_WORDS + 1);
    int n = Math.min(words.length, LEAD_WORDS);
    return (article.title() + ". " + String.join(" ", java.util.Arrays.copyOf(words, n))).strip();
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= (float) norm;
      }
    }
    return v;
  }
}
