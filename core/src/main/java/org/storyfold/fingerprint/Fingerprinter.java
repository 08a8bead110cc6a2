package org.storyfold.fingerprint;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyfold.text.Analysis;

/**
 * Makes the fingerprint of an analyzed article: feature counts for terms, names and numbers, and a
 * MinHash signature over word shingles.
 *
 * <p>MinHash (Broder 1997): for each of k hash functions keep the smallest hash over the article's
 * shingle set; two signatures agree at a position with probability equal to the sets' Jaccard
 * similarity. k = 64 gives a standard error of about 0.06, enough to spot copies, and the signature
 * can be cut into LSH bands as shuffle keys. The k hash functions are one 32-bit hash remixed with k
 * fixed odd multipliers (seeded, so fingerprints are reproducible).
 */
public final class Fingerprinter {
  /** Signature length. */
  public static final int MINHASH_SIZE = 64;
  /** Words per shingle. */
  public static final int SHINGLE = 4;

  /** The k multipliers; an instance field, not a static array, so that nothing global is mutable. */
  private final int[] seeds = seeds(MINHASH_SIZE);

  /** The fingerprint of one analyzed article (no lead vector: that is the embedder's). */
  public Fingerprint of(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    Map<Integer, float[]> counts = new HashMap<>();
    Map<Integer, Byte> kinds = new HashMap<>();
    add(analysis.terms(), "", Fingerprint.TERM, counts, kinds);
    add(analysis.names(), "n|", Fingerprint.NAME, counts, kinds);
    add(analysis.numbers(), "#|", Fingerprint.NUMBER, counts, kinds);
    int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] c = new float[ids.length];
    byte[] k = new byte[ids.length];
    for (int i = 0; i < ids.length; i++) {
      c[i] = counts.get(ids[i])[0];
      k[i] = kinds.get(ids[i]);
    }
    return new Fingerprint(minhash(analysis.terms()), ids, c, k);
  }

  /** The feature id of a term, a name ({@code n|name}) or a number ({@code #|number}). */
  public static int featureId(String prefixedFeature) {
    return Hashing.hash(prefixedFeature);
  }

  private static void add(List<String> items, String prefix, byte kind, Map<Integer, float[]> counts,
                          Map<Integer, Byte> kinds) {
    for (String item : items) {
      int id = Hashing.hash(prefix + item);
      counts.computeIfAbsent(id, x -> new float[1])[0]++;
      kinds.putIfAbsent(id, kind);
    }
  }

  int[] minhash(List<String> words) {
    int[] sig = new int[MINHASH_SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    if (words.isEmpty()) {
      return sig;
    }
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      int h = 0;
      for (int j = i; j < Math.min(words.size(), i + SHINGLE); j++) {
        h = h * 31 + Hashing.hash(words.get(j));
      }
      for (int k = 0; k < MINHASH_SIZE; k++) {
        int v = Hashing.fmix(h * seeds[k] + k) & Integer.MAX_VALUE;
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  private static int[] seeds(int n) {
    int[] s = new int[n];
    java.util.SplittableRandom random = new java.util.SplittableRandom(0x5709F01DL);
    for (int i = 0; i < n; i++) {
      s[i] = random.nextInt() | 1;
    }
    return s;
  }
}
