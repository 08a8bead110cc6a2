package org.storyfold.cluster;

import java.util.List;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The topic pass of {@link Clusterer} prepared once (batch vectors, candidate pairs, the noise level)
 * so that the average link alone can be timed, as it is now and as it was ({@link AverageLinkBefore}),
 * on the same input. Public only for the benchmark in {@code org.storyfold.bench}.
 */
public final class AverageLinkStage {
  private final WeightedVectors vectors;
  private final long[] pairs;
  private final ClusterConfig config;

  public AverageLinkStage(List<Fingerprint> fps, ClusterConfig config) {
    this.config = config;
    this.vectors = new WeightedVectors(fps, config);
    this.pairs = CandidateIndex.candidates(vectors, fps, config);
  }

  /** Candidate pairs of the batch. */
  public int pairs() {
    return pairs.length;
  }

  /** The average link as it is (no dates, no model: words alone). */
  public List<List<Integer>> current() {
    return new AverageLink(vectors, config.threshold(), null, 0, 0, null).cluster(pairs);
  }

  /** The average link as it was. */
  public List<List<Integer>> before() {
    return new AverageLinkBefore(vectors, config.threshold(), null, 0, 0, null).cluster(pairs);
  }
}
