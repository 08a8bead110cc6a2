package org.storyfold.server;

/**
 * How online grouping samples the store. The bounds keep one article's grouping to one small batch
 * for the engine (at most {@code maxStories * perStory + 1} articles), whatever the store holds.
 *
 * @param windowMillis   candidates are articles published within this of the new one (default 10
 *                       days: the engine's own {@code ClusterConfig.maxDaysApart}, beyond which it never
 *                       groups two articles; stories quiet longer are archived: still searchable, and
 *                       an article within the window of one wakes it)
 * @param queryTerms     the new article's most telling words put in the BM25 query (default 32)
 * @param hits           candidate articles taken from the index (default 30)
 * @param maxStories     candidate stories sampled (default 5)
 * @param perStory       articles sampled per candidate story (default 8)
 * @param cachedArticles stored articles kept in memory for samples (default 20,000)
 * @param merge          whether an article that bridges two stories merges them (default off: measured
 *                       on ECB+, first 120 articles in file order, streamed B-cubed F1 0.701 without
 *                       merges, 0.564 with whole-sample merges, 0.308 with half-sample merges)
 */
record GroupingConfig(long windowMillis, int queryTerms, int hits, int maxStories, int perStory,
                      int cachedArticles, boolean merge) {
  static GroupingConfig defaults(int maxDaysApart, boolean merge) {
    return new GroupingConfig(maxDaysApart * 86_400_000L, 32, 30, 5, 8, 20_000, merge);
  }
}
