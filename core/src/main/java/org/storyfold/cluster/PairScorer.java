package org.storyfold.cluster;

import java.util.Arrays;
import java.util.Objects;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The batch clusterer's similarity of two articles, for a batch too big to hold: each article's
 * vector is weighted as {@link Clusterer} weighs it ((1 + ln count) x idf x the kind's boost, unit
 * length), with the idf taken from document frequencies counted over the whole batch elsewhere (one
 * aggregation on a cluster) instead of from a list of fingerprints in memory. Two articles whose
 * similarity is below {@link ClusterConfig#threshold()} can still be in one topic through others, but
 * a topic of the average link always holds a pair at or above it across each of its merges (a mean is
 * never above its largest term), so the pairs that reach the threshold connect every topic.
 */
public final class PairScorer {
  private final ClusterConfig config;
  private final double size;
  private final int[] hashes;
  private final int[] frequencies;
  private final double noise;

  /**
   * @param batchSize   articles in the batch
   * @param features    sorted distinct feature hashes whose document frequency is known (those in two or more
   *                    articles suffice: a feature not listed is taken to be in one article, the one weighed)
   * @param frequencies document frequency of each of {@code features}, parallel to it
   */
  public PairScorer(ClusterConfig config, long batchSize, int[] features, int[] frequencies) {
    this(config, batchSize, features, frequencies, Double.NaN);
  }

  private PairScorer(ClusterConfig config, long batchSize, int[] features, int[] frequencies, double noise) {
    this.noise = noise;
    this.config = Objects.requireNonNull(config, "config");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(frequencies, "frequencies");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    if (features.length != frequencies.length) {
      throw new IllegalArgumentException("features (" + features.length + ") and frequencies ("
          + frequencies.length + ") differ in length");
    }
    for (int i = 1; i < features.length; i++) {
      if (features[i] <= features[i - 1]) {
        throw new IllegalArgumentException("features must be sorted and distinct, not at index " + i);
      }
    }
    for (int i = 0; i < frequencies.length; i++) {
      if (frequencies[i] < 1 || frequencies[i] > batchSize) {
        throw new IllegalArgumentException("frequency of feature " + features[i] + " must be from 1 to "
            + batchSize + ", got " + frequencies[i]);
      }
    }
    this.size = batchSize;
    this.hashes = features;
    this.frequencies = frequencies;
  }

  /**
   * The same weighting, with the similarity two unrelated articles of the batch have by chance (the
   * mean cosine of random pairs, measured elsewhere): what {@link Clusterer#cluster(java.util.List,
   * java.util.List, java.util.List, LeadVectors, PairScorer)} needs to group a part of the batch as in the whole.
   */
  public PairScorer withNoise(double chance) {
    if (!(chance >= 0 && chance <= 1)) {
      throw new IllegalArgumentException("chance similarity must be from 0 to 1, got " + chance);
    }
    return new PairScorer(config, (long) size, hashes, frequencies, chance);
  }

  /** The batch's chance similarity, or NaN when not given (a part then measures its own). */
  public double noise() {
    return noise;
  }

  /** In how many articles of the batch a feature occurs (1 when not listed). */
  /** Articles in the batch whose frequencies these are. */
  long batchSize() {
    return (long) size;
  }

  public int frequency(int feature) {
    int at = Arrays.binarySearch(hashes, feature);
    return at >= 0 ? frequencies[at] : 1;
  }

  /**
   * The features an article is indexed by, as the clusterer's candidate index picks them: its {@code k}
   * heaviest features in 2 to {@code cap} articles, heaviest first.
   *
   * @param w the article's {@link #weights}
   */
  public int[] indexKeys(int[] features, float[] w, int cap, int k) {
    return CandidateIndex.heaviest(features, w, k, this::frequency, cap);
  }

  /** The article's unit-length weights, parallel to {@code fp.features()}. */
  public float[] weights(Fingerprint fp) {
    int[] f = fp.features();
    return WeightedVectors.unitWeights(fp, config, size, i -> frequency(f[i]));
  }

  /**
   * Cosine of two weighted articles: sorted feature hashes with their {@link #weights}. Hashes sort as
   * the batch's dense numbers do, so this is the clusterer's own sparse dot product.
   */
  public static double similarity(int[] featuresA, float[] weightsA, int[] featuresB, float[] weightsB) {
    return WeightedVectors.dot(featuresA, weightsA, featuresB, weightsB);
  }

  /** Whether a pair of this similarity alone would join two articles in one topic. */
  public boolean joins(double similarity) {
    return similarity >= config.threshold();
  }
}
