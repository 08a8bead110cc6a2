package org.storyfold.fingerprint;

import java.util.Arrays;
import java.util.Objects;

/**
 * An article reduced to arrays of primitives, so that a million of them fit in a few GiB and travel
 * between Spark tasks cheaply. Feature ids are 32-bit hashes of the feature's text, so fingerprints
 * made on different machines agree without a shared vocabulary.
 *
 * @param minhash   MinHash signature over word shingles (near-duplicate detection)
 * @param features  sorted distinct feature ids: content terms, names ({@code n|…}) and numbers ({@code #|…})
 * @param counts    how often each feature occurs, parallel to {@code features}
 * @param kinds     what each feature is, parallel to {@code features}: {@link #TERM}, {@link #NAME}, {@link #NUMBER},
 *                  {@link #PLACE} (a name that some mention marks as a place; weighed as a name)
 */
public record Fingerprint(int[] minhash, int[] features, float[] counts, byte[] kinds) {
  public static final byte TERM = 0;
  public static final byte NAME = 1;
  public static final byte NUMBER = 2;
  public static final byte PLACE = 3;

  public Fingerprint {
    Objects.requireNonNull(minhash, "minhash");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(kinds, "kinds");
    if (features.length != counts.length || features.length != kinds.length) {
      throw new IllegalArgumentException("features, counts and kinds differ in length");
    }
  }

  /** Estimated Jaccard similarity of the two shingle sets. */
  public double minhashSimilarity(Fingerprint other) {
    int same = 0;
    int n = Math.min(minhash.length, other.minhash.length);
    for (int i = 0; i < n; i++) {
      if (minhash[i] == other.minhash[i]) {
        same++;
      }
    }
    return n == 0 ? 0 : (double) same / n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && Arrays.equals(minhash, f.minhash) && Arrays.equals(features, f.features)
        && Arrays.equals(counts, f.counts) && Arrays.equals(kinds, f.kinds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minhash) * 31 + Arrays.hashCode(features);
  }

  @Override
  public String toString() {
    return "Fingerprint[" + features.length + " features]";
  }
}
