package org.storyfold.cluster;

/**
 * How articles are grouped into stories. {@link #defaults()} gives the documented defaults.
 *
 * @param threshold     smallest mean similarity between two groups for them to be one story (default 0.16)
 * @param nameWeight    weight of a name relative to a word (default 2.0): names tell same-kind events apart
 * @param numberWeight  weight of a number relative to a word (default 1.0)
 * @param maxDaysApart  articles published further apart than this are never one story (default 10)
 * @param topFeatures   features per article put in the candidate index (default 40)
 * @param neighbours    candidates kept per article (default 40)
 * @param maxPostings   features in more articles than this (or 1% of the batch) are not indexed (default 200)
 */
public record ClusterConfig(double threshold, double nameWeight, double numberWeight, int maxDaysApart,
                            int topFeatures, int neighbours, int maxPostings) {
  public ClusterConfig {
    if (threshold <= 0 || threshold >= 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
    }
    if (nameWeight < 0 || numberWeight < 0) {
      throw new IllegalArgumentException("weights must not be negative");
    }
    if (maxDaysApart < 0 || topFeatures < 1 || neighbours < 1 || maxPostings < 2) {
      throw new IllegalArgumentException("maxDaysApart >= 0, topFeatures >= 1, neighbours >= 1, maxPostings >= 2");
    }
  }

  public static ClusterConfig defaults() {
    return new ClusterConfig(0.16, 2.0, 1.0, 10, 40, 40, 200);
  }

  public ClusterConfig withThreshold(double t) {
    return new ClusterConfig(t, nameWeight, numberWeight, maxDaysApart, topFeatures, neighbours, maxPostings);
  }

  public ClusterConfig withWeights(double names, double numbers) {
    return new ClusterConfig(threshold, names, numbers, maxDaysApart, topFeatures, neighbours, maxPostings);
  }
}
