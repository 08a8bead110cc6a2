package org.storyfold;

import java.nio.file.Path;
import java.util.Objects;
import org.storyfold.cluster.ClusterConfig;

/**
 * Everything the engine can be told, in one place. {@link #defaults()} documents the defaults.
 *
 * @param cluster         how articles are grouped ({@link ClusterConfig#defaults()})
 * @param maxArticleBytes largest single input article accepted, in bytes (default 16 MiB)
 * @param model           a folder holding an ONNX sentence-embedding model ({@code model.onnx}) and its
 *                        {@code tokenizer.json}, used instead of the bundled all-MiniLM-L6-v2; or null
 * @param embeddings      whether the dense lead vector is used at all (default true)
 */
public record StoryfoldConfig(ClusterConfig cluster, long maxArticleBytes, Path model, boolean embeddings) {
  public StoryfoldConfig {
    Objects.requireNonNull(cluster, "cluster");
    if (maxArticleBytes <= 0) {
      throw new IllegalArgumentException("maxArticleBytes must be positive: " + maxArticleBytes);
    }
  }

  public static StoryfoldConfig defaults() {
    return new StoryfoldConfig(ClusterConfig.defaults(), 16L << 20, null, true);
  }

  public StoryfoldConfig withCluster(ClusterConfig c) {
    return new StoryfoldConfig(c, maxArticleBytes, model, embeddings);
  }

  public StoryfoldConfig withMaxArticleBytes(long bytes) {
    return new StoryfoldConfig(cluster, bytes, model, embeddings);
  }

  public StoryfoldConfig withModel(Path dir) {
    return new StoryfoldConfig(cluster, maxArticleBytes, dir, embeddings);
  }

  public StoryfoldConfig withEmbeddings(boolean on) {
    return new StoryfoldConfig(cluster, maxArticleBytes, model, on);
  }
}
