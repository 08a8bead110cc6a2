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
    return new Embedder(new AllMiniLmL6V2EmbeddingModel());
  }

  /** A model from a folder holding {@code model.onnx} and {@code tokenizer.json}, mean pooling. */
  public static Embedder fromFolder(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Path onnx = dir.resolve("model.onnx");
    Path tokenizer = dir.resolve("tokenizer.json");
    if (!Files.isRegularFile(onnx) || !Files.isRegularFile(tokenizer)) {
      throw new IllegalArgumentException("model folder " + dir + " must hold model.onnx and tokenizer.json");
    }
    return new Embedder(new OnnxEmbeddingModel(onnx, tokenizer, PoolingMode.MEAN));
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
