package org.storyfold.cluster;

/**
 * How articles are grouped into stories. {@link #defaults()} gives the documented defaults, chosen on
 * the ECB+ train split (never on a test set).
 *
 * @param threshold       smallest mean similarity between two groups for them to be one topic (default 0.06)
 * @param refineThreshold the same within a topic, after re-weighting its words by the topic's own
 *                        frequencies; splits a topic into its events (default 0.165; 0 turns it off)
 * @param refineMinTerms  a topic is refined only when its median article has this many distinct
 *                        features (default 40): short snippets carry too little evidence to split on
 * @param minPart         refined parts smaller than this are folded back into their nearest part (default 3)
 * @param nameWeight      weight of a name relative to a word (default 1.0)
 * @param numberWeight    weight of a number relative to a word (default 2.0): numbers tell same-kind events apart
 * @param maxDaysApart    groups whose publication spans lie further apart than this never merge (default 10)
 * @param topFeatures     features per article put in the candidate index (default 40)
 * @param neighbours      candidates kept per article (default 40)
 * @param maxPostings     features in more articles than this (or 1% of the batch) are not indexed (default 200)
 * @param noiseMultiple   a topic merge whose similarity is below this multiple of the batch's chance
 *                        similarity is in doubt, and the lead vectors decide it (default 3)
 * @param leadThreshold   mean cosine of lead vectors that confirms a doubtful merge (default 0.2)
 */
public record ClusterConfig(double threshold, double refineThreshold, int refineMinTerms, int minPart,
                            double nameWeight, double numberWeight, int maxDaysApart, int topFeatures,
                            int neighbours, int maxPostings, double noiseMultiple,
                            double leadThreshold) {
  public ClusterConfig {
    // Each setting alone, NaN-safe (NaN fails every comparison), naming itself and its range.
    within("threshold", threshold, 0, 1, false);
    within("refineThreshold", refineThreshold, 0, 1, true);
    within("nameWeight", nameWeight, 0, 1e6, true);
    within("numberWeight", numberWeight, 0, 1e6, true);
    within("noiseMultiple", noiseMultiple, 0, 1e6, true);
    within("leadThreshold", leadThreshold, -1, 1, true);
    atLeast("refineMinTerms", refineMinTerms, 0);
    atLeast("minPart", minPart, 1);
    atLeast("maxDaysApart", maxDaysApart, 0);
    atLeast("topFeatures", topFeatures, 1);
    atLeast("neighbours", neighbours, 1);
    atLeast("maxPostings", maxPostings, 2);
  }

  private static void within(String name, double value, double low, double high, boolean closed) {
    boolean ok = closed ? value >= low && value <= high : value > low && value < high;
    if (!ok) {
      throw new IllegalArgumentException(name + " must be " + (closed ? "from " + low + " to " + high
          : "between " + low + " and " + high + " (exclusive)") + ", got " + value);
    }
  }

  private static void atLeast(String name, int value, int low) {
    if (value < low) {
      throw new IllegalArgumentException(name + " must be at least " + low + ", got " + value);
    }
  }

  public static ClusterConfig defaults() {
    return new ClusterConfig(0.06, 0.165, 40, 3, 1.0, 2.0, 10, 40, 40, 200, 3.0, 0.2);
  }

  public ClusterConfig withThreshold(double t) {
    return new ClusterConfig(t, refineThreshold, refineMinTerms, minPart, nameWeight, numberWeight,
        maxDaysApart, topFeatures, neighbours, maxPostings, noiseMultiple, leadThreshold);
  }

  public ClusterConfig withRefineThreshold(double t) {
    return new ClusterConfig(threshold, t, refineMinTerms, minPart, nameWeight, numberWeight,
        maxDaysApart, topFeatures, neighbours, maxPostings, noiseMultiple, leadThreshold);
  }

  public ClusterConfig withWeights(double names, double numbers) {
    return new ClusterConfig(threshold, refineThreshold, refineMinTerms, minPart, names, numbers,
        maxDaysApart, topFeatures, neighbours, maxPostings, noiseMultiple, leadThreshold);
  }

  public ClusterConfig withMinPart(int parts) {
    return new ClusterConfig(threshold, refineThreshold, refineMinTerms, parts, nameWeight, numberWeight,
        maxDaysApart, topFeatures, neighbours, maxPostings, noiseMultiple, leadThreshold);
  }

  public ClusterConfig withMaxDaysApart(int days) {
    return new ClusterConfig(threshold, refineThreshold, refineMinTerms, minPart, nameWeight, numberWeight,
        days, topFeatures, neighbours, maxPostings, noiseMultiple, leadThreshold);
  }
}
