package org.storyfold.text;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.storyfold.story.Article;

/**
 * Dense vectors of an article's title and lead, from an ONNX sentence-embedding model run in process
 * (LangChain4j over ONNX Runtime). The default is all-MiniLM-L6-v2, whose weights ship inside its Maven
 * artifact; {@link #fromFolder(Path)} loads any BERT-style model (for example a multilingual one)
 * from {@code model.onnx} and {@code tokenizer.json}. Nothing is downloaded. About 14 ms per lead on
 * one core, so the engine asks for vectors only where the cheap signals leave a doubt, and
 * {@link #embedAll} runs the texts of one call side by side, one per core.
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
    // The class literal only names the jar holding the weights: its static model (a second session) never loads.
    Class<?> jar = AllMiniLmL6V2EmbeddingModel.class;
    try (InputStream model = jar.getResourceAsStream("/all-minilm-l6-v2.onnx");
         InputStream tokenizer = jar.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException("all-MiniLM-L6-v2 is missing from the class path");
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      return new Embedder(new Parallel(new OnnxBertBiEncoder(env, env.createSession(model.readAllBytes(), options()),
          tokenizer, PoolingMode.MEAN)));
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load all-MiniLM-L6-v2: " + e.getMessage(), e);
    }
  }

  /** A model from a folder holding {@code model.onnx} and {@code tokenizer.json}, mean pooling. */
  public static Embedder fromFolder(Path dir) {
    checkFolder(dir);
    stayOffline();
    try (InputStream tokenizer = Files.newInputStream(dir.resolve("tokenizer.json"))) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      return new Embedder(new Parallel(new OnnxBertBiEncoder(env,
          env.createSession(dir.resolve("model.onnx").toString(), options()), tokenizer, PoolingMode.MEAN)));
    } catch (IOException | OrtException e) {
      throw new IllegalArgumentException("cannot load the model in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * One thread per run and no spinning: texts are spread over the cores one per thread instead
   * ({@link Parallel}). ONNX Runtime's default, a pool of spinning threads per run, gave the same
   * vectors (bit for bit) at half the speed on a busy 2-core machine: each short run paid for waking
   * and spinning threads that fought the caller's for the cores.
   */
  private static OrtSession.SessionOptions options() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    options.addConfigEntry("session.inter_op.allow_spinning", "0");
    return options;
  }

  /**
   * The encoder with LangChain4j's own batching (each text run alone, texts spread over an executor),
   * on a pool of one daemon thread per core: no more runs at once than there are cores to run them.
   */
  private static final class Parallel extends AbstractInProcessEmbeddingModel {
    private static final Executor POOL = Executors.newFixedThreadPool(
        Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
          Thread t = new Thread(r, "storyfold-embedder");
          t.setDaemon(true);
          return t;
        });
    private final OnnxBertBiEncoder encoder;

    Parallel(OnnxBertBiEncoder encoder) {
      super(POOL);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
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
