package org.storyfold.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The topic pass over one site's boilerplate-only pages (the Spark skew test's input, in small),
 * prepared once (batch vectors, candidate pairs) so that the average link alone can be timed as it is
 * ({@link AverageLink}: lazy re-offers) and as it was ({@link AverageLinkEager}: every merge re-offered
 * to all neighbours), on the same input. Public only for the benchmark in {@code org.storyfold.bench}.
 */
public final class NearCopiesStage {
  private final WeightedVectors vectors;
  private final long[] pairs;
  private final ClusterConfig config;

  public NearCopiesStage(int pages) {
    config = ClusterConfig.defaults();
    List<Fingerprint> fps = nearCopies(pages, 7);
    vectors = new WeightedVectors(fps, config);
    pairs = CandidateIndex.candidates(vectors, fps, config);
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
  public List<List<Integer>> eager() {
    return new AverageLinkEager(vectors, config.threshold(), null, 0, 0, null).cluster(pairs);
  }

  /**
   * Boilerplate-only pages of one site, as the skew test's generator writes them: each page is 4 to 9 of
   * the site's 9 lines (navigation, footer, notices) in a random order. A line is 3 to 6 words (some
   * words on two lines, so counts differ); the MinHash signature is over the page's adjacent line pairs,
   * as word shingles across lines are, so pages of like line orders share bands. Also the input of
   * {@code AverageLinkEquivalenceTest}.
   */
  public static List<Fingerprint> nearCopies(int n, long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    int[][] lines = new int[9][];
    for (int l = 0; l < lines.length; l++) {
      lines[l] = new int[3 + l % 4];
      for (int w = 0; w < lines[l].length; w++) {
        lines[l][w] = 1 + (l * 5 + w * 3) % 40;
      }
    }
    List<Fingerprint> fps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8};
      for (int k = order.length - 1; k > 0; k--) {
        int r = random.nextInt(k + 1);
        int t = order[k];
        order[k] = order[r];
        order[r] = t;
      }
      int kept = 4 + random.nextInt(6);
      float[] count = new float[41];
      for (int k = 0; k < kept; k++) {
        for (int w : lines[order[k]]) {
          count[w]++;
        }
      }
      int[] minhash = new int[64];
      Arrays.fill(minhash, Integer.MAX_VALUE);
      for (int k = 0; k < kept; k++) { // shingles: 3 inside each line, 2 across each line break
        for (int j = 0; j < (k + 1 < kept ? 5 : 3); j++) {
          long shingle = j < 3 ? order[k] * 8L + j : 1000 + (order[k] * 9L + order[k + 1]) * 8 + j;
          for (int bin = 0; bin < 64; bin++) {
            int h = (int) ((shingle * 0x9E3779B97F4A7C15L + bin * 0xC2B2AE3D27D4EB4FL) * 0xBF58476D1CE4E5B9L >>> 33);
            minhash[bin] = Math.min(minhash[bin], h);
          }
        }
      }
      int m = 0;
      for (int w = 1; w <= 40; w++) {
        m += count[w] > 0 ? 1 : 0;
      }
      int[] ids = new int[m];
      float[] counts = new float[m];
      m = 0;
      for (int w = 1; w <= 40; w++) {
        if (count[w] > 0) {
          ids[m] = w;
          counts[m++] = count[w];
        }
      }
      fps.add(new Fingerprint(minhash, ids, counts, new byte[m]));
    }
    return fps;
  }
}
