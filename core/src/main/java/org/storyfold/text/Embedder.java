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
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
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
 * artifact, in two forms: {@link #bundled()} (32-bit floats, for sentence and pair comparisons) and
 * {@link #bundledQuantized()} (8-bit integer weights, for the leads the grouping asks about);
 * {@link #fromFolder(Path)} loads any BERT-style model (for example a multilingual one) from
 * {@code model.onnx} and {@code tokenizer.json}. Nothing is downloaded. About 14 ms per 60-word lead on
 * one quiet core with the float model; the quantized one at {@link #LEAD_WORDS} takes about 0.4 of that
 * (8.4 to 8.8 against 20.7 to 22.3 ms of thread CPU on a busy 2-core machine). So the engine asks for
 * vectors only where the cheap signals leave a doubt, and {@link #embedAll} runs the texts of one call
 * side by side, one per core.
 */
public final class Embedder {
  /**
   * Words of the body that follow the title in a lead (the model reads at most 256 word pieces anyway).
   * The model's cost grows with the lead's length: 50 words (about 68 word pieces with the title, against
   * 78 at 60 words) cost 10 to 16% less a lead. Chosen on ECB+ train+dev ({@code ClusterCorpora dev}) with the
   * quantized model: 60, 55, 50, 45, 40 and 30 words each moved one or more of the doubtful merges whose
   * lead agreement lies within 0.01 of {@link org.storyfold.cluster.ClusterConfig#leadThreshold()};
   * 60 and 55 cost 0.005 B-cubed F1 on train+dev (one merge of 23 and 49 articles at 0.202), 50 and 45 cost
   * 0.015 on one crime batch of 159 (one merge of 81 and 20 at 0.195, 0.202 with the float model at 60
   * words), 40 and 30 that and 0.011 to 0.012 on two more crime batches. 50 keeps every figure of
   * {@code ClusterCorpora quality} (all ECB+, its test split, its 43 topics, the crime batches) as it was
   * with the float model at 60 words; 45 did too but put one more merge 0.0014 from the threshold.
   */
  public static final int LEAD_WORDS = 50;

  private final EmbeddingModel model;

  private Embedder(EmbeddingModel model) {
    this.model = model;
  }

  /** The bundled all-MiniLM-L6-v2 (English), 32-bit float weights. */
  public static Embedder bundled() {
    // The class literal only names the jar holding the weights: its static model (a second session) never loads.
    return bundled(AllMiniLmL6V2EmbeddingModel.class, "all-minilm-l6-v2", "all-MiniLM-L6-v2");
  }

  /**
   * The bundled all-MiniLM-L6-v2 (English) with its weights quantized to 8-bit integers (LangChain4j's
   * {@code -q} artifact, 23 MB instead of 90). On one core it embeds a lead in 0.45 of the float model's
   * time at the same length (9.7 against 21.3 ms of thread CPU for ECB+ leads of 60 words on a busy 2-core
   * machine; 8.4 at 50 words); over 328 ECB+ leads of 50 words its vectors lie at cosine 0.984 or more from
   * the float model's (0.993 on average), and the cosine between two leads moves by 0.01 on average,
   * 0.04 at most.
   */
  public static Embedder bundledQuantized() {
    return bundled(AllMiniLmL6V2QuantizedEmbeddingModel.class, "all-minilm-l6-v2-q", "all-MiniLM-L6-v2 (quantized)");
  }

  private static Embedder bundled(Class<?> jar, String resource, String name) {
    stayOffline();
    try (InputStream model = jar.getResourceAsStream("/" + resource + ".onnx");
         InputStream tokenizer = jar.getResourceAsStream("/" + resource + "-tokenizer.json")) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      return new Embedder(new Parallel(new OnnxBertBiEncoder(env, env.createSession(model.readAllBytes(), options()),
          tokenizer, PoolingMode.MEAN)));
    } catch (IOException | OrtException e) {
      throw new IllegalStateException("cannot load " + name + ": " + e.getMessage(), e);
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

  /** Unit-length vector of the article's title and the first {@link #LEAD_WORDS} words of its body. */
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
