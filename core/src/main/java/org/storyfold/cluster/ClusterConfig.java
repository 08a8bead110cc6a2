package org.storyfold.cluster;

/**
 * How articles are grouped into stories. {@link #defaults()} gives the documented defaults. Where a
 * value was chosen by measurement, it was on ECB+'s train and dev splits (topics 1-35) and the batches
 * built from them ({@code org.storyfold.eval.ClusterCorpora dev}), never on the test split (topics 36-45).
 * The threshold, refine threshold and fragment share are what {@code org.storyfold.eval.ClusterFit} chooses
 * on the train split and a GoogleNews-TS sample; its test refits and checks them.
 *
 * @param threshold        smallest mean similarity between two groups for them to be one topic (default
 *                         0.06: the best topic cut on the ECB+ train split when this engine was first tuned)
 * @param refineThreshold  the same within a topic, after re-weighting its words by the topic's own
 *                         frequencies; splits a topic into its events (default 0.165, ECB+ train; 0 turns
 *                         it off)
 * @param refineMinTerms   a topic is refined only when its median article has this many distinct
 *                         features (default 40): short snippets carry too little evidence to split on
 *                         (GoogleNews-TS snippets have about 10, ECB+ articles 20 to 200)
 * @param minPart          refined parts smaller than this may be folded back into their nearest part
 *                         (default 3, ECB+ train: fragments of two articles were mostly wrong splits)
 * @param foldShare        a part smaller than {@code minPart}, in a topic where such parts are few (see
 *                         {@code fragmentShare}), joins its nearest part only when its mean similarity to that
 *                         part reaches this share of the refine threshold (default 0, it always joins, but never
 *                         across the publication window: 0.5 cost 0.006 B-cubed F1 on ECB+ train+dev without the
 *                         model, 0.7 cost 0.014)
 * @param fragmentShare    the share of a topic that its small parts may hold for them to fold back at all
 *                         (default 0.4): a few fragments beside large parts are stray articles of those
 *                         events, but when small parts hold much of the topic, the topic is many small
 *                         incidents of one kind (a crawl of local crime news) and each part is a story of its
 *                         own. Read from the topic's own structure, so it holds for batches of any mix. 0.34
 *                         to 0.45 gave the same figures on ECB+ train+dev and its batches of 1-3 and 1-12
 *                         articles per crime event; 0.5 merged one of the 1-3 batches back (F1 0.67) and
 *                         0.25 cost 0.015 on ECB+ topics one by one
 * @param nameWeight       weight of a name relative to a word (default 1.0)
 * @param numberWeight     weight of a number relative to a word (default 2.0): numbers tell same-kind
 *                         events apart (ECB+ train)
 * @param maxDaysApart     groups whose publication spans lie further apart than this never merge (default
 *                         10: a story's follow-ups come within days; a later incident of the same kind is
 *                         another story)
 * @param writtenDaysApart the same for dates only written in the text (bylines, datelines, found by
 *                         {@code text.DateFinder}), which may be the date of something told rather than of
 *                         the writing; 0 leaves them unused (default 0: on ECB+, whose events hold crimes and
 *                         their verdicts years apart, every window tried cost F1: with the model, 1095 days
 *                         gave all 982 0.936 against 0.940 and the 1-12 crime batches 0.883 and 0.925 against
 *                         0.889 and 0.947; see the report of issue 10)
 * @param topFeatures      features per article put in the candidate index (default 40)
 * @param neighbours       candidates kept per article (default 40)
 * @param maxPostings      features in more articles than this (or 1% of the batch) are not indexed
 *                         (default 200: longer postings cost more than they tell)
 * @param noiseMultiple    a topic merge whose similarity is below this multiple of the batch's chance
 *                         similarity is in doubt, and the lead vectors decide it (default 3)
 * @param leadThreshold    mean cosine of lead vectors that confirms a doubtful merge (default 0.2)
 */
public record ClusterConfig(double threshold, double refineThreshold, int refineMinTerms, int minPart,
                            double foldShare, double fragmentShare, double nameWeight, double numberWeight, int maxDaysApart,
                            int writtenDaysApart, int topFeatures, int neighbours, int maxPostings,
                            double noiseMultiple, double leadThreshold) {
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
    within("foldShare", foldShare, 0, 1e6, true);
    within("fragmentShare", fragmentShare, 0, 1, true);
    atLeast("writtenDaysApart", writtenDaysApart, 0);
    if (writtenDaysApart != 0 && writtenDaysApart < maxDaysApart) {
      throw new IllegalArgumentException("writtenDaysApart must be 0 (off) or at least maxDaysApart ("
          + maxDaysApart + "), got " + writtenDaysApart);
    }
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
    return new ClusterConfig(0.06, 0.165, 40, 3, 0.0, 0.4, 1.0, 2.0, 10, 0, 40, 40, 200, 3.0, 0.2);
  }

  /** A copy with another topic threshold ({@code --threshold}). */
  public ClusterConfig withThreshold(double t) {
    return new ClusterConfig(t, refineThreshold, refineMinTerms, minPart, foldShare, fragmentShare, nameWeight, numberWeight,
        maxDaysApart, writtenDaysApart, topFeatures, neighbours, maxPostings, noiseMultiple, leadThreshold);
  }

  /** A copy with another refine threshold. */
  public ClusterConfig withRefineThreshold(double r) {
    return new ClusterConfig(threshold, r, refineMinTerms, minPart, foldShare, fragmentShare, nameWeight, numberWeight,
        maxDaysApart, writtenDaysApart, topFeatures, neighbours, maxPostings, noiseMultiple, leadThreshold);
  }

  /** A copy with another share of the refine threshold that a small part needs to fold back. */
  public ClusterConfig withFoldShare(double share) {
    return new ClusterConfig(threshold, refineThreshold, refineMinTerms, minPart, share, fragmentShare, nameWeight,
        numberWeight, maxDaysApart, writtenDaysApart, topFeatures, neighbours, maxPostings, noiseMultiple,
        leadThreshold);
  }

  /** A copy with another share of a topic that its small parts may hold and still fold back. */
  public ClusterConfig withFragmentShare(double share) {
    return new ClusterConfig(threshold, refineThreshold, refineMinTerms, minPart, foldShare, share, nameWeight,
        numberWeight, maxDaysApart, writtenDaysApart, topFeatures, neighbours, maxPostings, noiseMultiple, leadThreshold);
  }

  /** A copy with another window for written dates (0: unused). */
  public ClusterConfig withWrittenDaysApart(int days) {
    return new ClusterConfig(threshold, refineThreshold, refineMinTerms, minPart, foldShare, fragmentShare, nameWeight,
        numberWeight, maxDaysApart, days, topFeatures, neighbours, maxPostings, noiseMultiple, leadThreshold);
  }

  /** A copy with another publication window ({@code --max-days-apart}); the written one is kept at least as wide. */
  public ClusterConfig withMaxDaysApart(int days) {
    return new ClusterConfig(threshold, refineThreshold, refineMinTerms, minPart, foldShare, fragmentShare, nameWeight,
        numberWeight, days, writtenDaysApart == 0 ? 0 : Math.max(days, writtenDaysApart), topFeatures, neighbours, maxPostings, noiseMultiple,
        leadThreshold);
  }
}
