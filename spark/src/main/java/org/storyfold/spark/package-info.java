/**
 * The Spark face of the engine: the same stories as {@code storyfold cluster}, at any size.
 *
 * <p>{@link org.storyfold.spark.StoryfoldJob} reads articles in parallel, cleans them site by site,
 * fingerprints them, links candidates through MinHash bands and rare features (bucketed shuffle keys,
 * star edges), finds connected components (large-star / small-star), and hands each component to the
 * engine's own batch grouping and description. Every similarity is the engine's.
 */
package org.storyfold.spark;
