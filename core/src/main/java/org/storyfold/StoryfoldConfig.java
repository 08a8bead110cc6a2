package org.storyfold;

import java.nio.file.Path;
import java.util.Objects;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.extract.Boilerplate;
import org.storyfold.extract.Extractor;
import org.storyfold.io.ArticleReader;

/**
 * Everything the engine can be told, in one typed tree; {@link #defaults()} documents the defaults and each
 * part validates itself when built, with a message that names the setting and its allowed range.
 *
 * @param maxArticleBytes largest single input article accepted (a file, JSON line or WARC record), in bytes:
 *                        1 to {@link #MAX_ARTICLE_BYTES_LIMIT} (default {@link ArticleReader#DEFAULT_MAX_ARTICLE_BYTES},
 *                        16 MiB)
 * @param extract         how HTML pages become text ({@link Extractor.Config#DEFAULT})
 * @param clean           how boilerplate lines are removed from flat text ({@link Boilerplate.Config#DEFAULTS})
 * @param cluster         how articles are grouped ({@link ClusterConfig#defaults()})
 * @param model           a folder holding an ONNX sentence-embedding model ({@code model.onnx}) and its
 *                        {@code tokenizer.json}, used instead of the bundled all-MiniLM-L6-v2; or null. The
 *                        engine checks the folder when it is built.
 * @param embeddings      whether the sentence-embedding model is used at all (default true)
 */
public record StoryfoldConfig(long maxArticleBytes, Extractor.Config extract, Boilerplate.Config clean,
                              ClusterConfig cluster, Path model, boolean embeddings) {
  /** The largest article the readers can hold: a Java array's size. */
  public static final long MAX_ARTICLE_BYTES_LIMIT = Integer.MAX_VALUE - 16;

  public StoryfoldConfig {
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(clean, "clean");
    Objects.requireNonNull(cluster, "cluster");
    if (maxArticleBytes < 1 || maxArticleBytes > MAX_ARTICLE_BYTES_LIMIT) {
      throw new IllegalArgumentException("maxArticleBytes must be between 1 and " + MAX_ARTICLE_BYTES_LIMIT
          + " bytes, got " + maxArticleBytes);
    }
  }

  /** The defaults every figure in the README is measured with. */
  public static StoryfoldConfig defaults() {
    return new StoryfoldConfig(ArticleReader.DEFAULT_MAX_ARTICLE_BYTES, Extractor.Config.DEFAULT,
        Boilerplate.Config.DEFAULTS, ClusterConfig.defaults(), null, true);
  }

  public StoryfoldConfig withMaxArticleBytes(long bytes) {
    return new StoryfoldConfig(bytes, extract, clean, cluster, model, embeddings);
  }

  public StoryfoldConfig withExtract(Extractor.Config c) {
    return new StoryfoldConfig(maxArticleBytes, c, clean, cluster, model, embeddings);
  }

  public StoryfoldConfig withClean(Boilerplate.Config c) {
    return new StoryfoldConfig(maxArticleBytes, extract, c, cluster, model, embeddings);
  }

  public StoryfoldConfig withCluster(ClusterConfig c) {
    return new StoryfoldConfig(maxArticleBytes, extract, clean, c, model, embeddings);
  }

  public StoryfoldConfig withModel(Path dir) {
    return new StoryfoldConfig(maxArticleBytes, extract, clean, cluster, dir, embeddings);
  }

  public StoryfoldConfig withEmbeddings(boolean on) {
    return new StoryfoldConfig(maxArticleBytes, extract, clean, cluster, model, on);
  }
}
