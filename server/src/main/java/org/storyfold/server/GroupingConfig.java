package org.storyfold.server;

/**
 * How the server uses the engine's online grouping.
 *
 * @param cachedArticles stored articles kept in memory for reads (default 20,000)
 * @param merge          whether an article that bridges two stories merges them (default on: the
 *                       engine's average-link rule; streamed B-cubed F1 on ECB+, all 982 in file order,
 *                       0.870 with merges and no second look; without them a story split early stays
 *                       split); the second look ({@link Ingest#secondLook}) runs only with merges on
 */
record GroupingConfig(int cachedArticles, boolean merge) {
  GroupingConfig {
    if (cachedArticles < 0) {
      throw new IllegalArgumentException("cachedArticles must be at least 0, got " + cachedArticles);
    }
  }

  static GroupingConfig defaults(boolean merge) {
    return new GroupingConfig(20_000, merge);
  }
}
