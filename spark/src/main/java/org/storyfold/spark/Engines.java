package org.storyfold.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;

/**
 * One engine per executor JVM: building one loads the language model, so tasks share it. This cache
 * belongs to the Spark face (an executor is a long-lived process that runs many tasks), not to the
 * engine, which keeps no static state; the engine is thread-safe, so concurrent tasks may share it.
 */
final class Engines {
  private static final ConcurrentMap<Boolean, Storyfold> ENGINES = new ConcurrentHashMap<>();

  private Engines() {}

  /** The engine with the defaults of {@code storyfold cluster}, embeddings on or off. */
  static Storyfold get(boolean embeddings) {
    return ENGINES.computeIfAbsent(embeddings,
        on -> new Storyfold(StoryfoldConfig.defaults().withEmbeddings(on)));
  }
}
