package org.storyfold.cluster;

/** Source of unit-length lead vectors (title + lead of an article), asked in batches. */
@FunctionalInterface
public interface LeadVectors {
  /** The vectors of the given articles (indices into the batch), in the same order. */
  float[][] of(int[] articles);
}
