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
 * <p>MinHash (Broder 1997): two signatures agree at a position with probability equal to the Jaccard
 * similarity of the two shingle sets. k = 64 positions give a standard error of about 0.06, enough to
 * spot copies, and the signature can be cut into LSH bands as shuffle keys.
 *
 * <p>The signature is a one-permutation MinHash with optimal densification (Li, Owen and Zhang 2012,
 * "One Permutation Hashing"; Shrivastava 2017, "Optimal Densification for Fast and Accurate Minwise
 * Hashing"): each shingle is hashed once, its top 6 bits choose one of the 64 bins and the rest is
 * kept as that bin's minimum. A bin no shingle fell into borrows the value of the first non-empty bin
 * on a probe sequence that depends only on the bin's index (so two articles borrow alike, which keeps
 * the estimate unbiased). Classic MinHash costs k hashes per shingle; this costs one, which is what
 * makes fingerprinting cheap next to the rest of the pipeline. Hand-written because the libraries at
 * hand (java-lsh, MLlib's MinHashLSH) implement only the k-hash form.
 */
public final class Fingerprinter {
  /** Signature length (bins). A power of two: a bin is the top {@link #BIN_BITS} bits of a hash. */
  public static final int MINHASH_SIZE = 64;
  /** Words per shingle. */
  public static final int SHINGLE = 4;
  private static final int BIN_BITS = 6;
  /** Seeds the shingle hash, so that signatures are reproducible everywhere. */
  private static final long SEED = 0x5709F01DL;
  /** Probe steps tried before an empty bin gives up (only when nearly every bin is empty). */
  private static final int MAX_PROBES = 4 * MINHASH_SIZE;

  /** The fingerprint of one analyzed article (no lead vector: that is the embedder's). */
  public Fingerprint of(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    List<String> terms = analysis.terms();
    List<String> names = analysis.names();
    List<String> numbers = analysis.numbers();
    // Each feature as (id << 8 | kind): one sort groups equal ids, and the smallest kind (terms before
    // names before numbers) wins a rare collision of ids, as the first one added would.
    long[] keyed = new long[terms.size() + names.size() + numbers.size()];
    int[] termIds = new int[terms.size()];
    int n = 0;
    for (String t : terms) {
      termIds[n] = Hashing.hash(t);
      keyed[n] = key(termIds[n], Fingerprint.TERM);
      n++;
    }
    java.util.Set<String> places = analysis.places().isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(analysis.places());
    for (String name : names) {
      keyed[n++] = key(Hashing.hash("n|", name), places.contains(name) ? Fingerprint.PLACE : Fingerprint.NAME);
    }
    for (String number : numbers) {
      keyed[n++] = key(Hashing.hash("#|", number), Fingerprint.NUMBER);
    }
    sortByHash(keyed);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keyed[i] >> 8 != keyed[i - 1] >> 8) {
        distinct++;
      }
    }
    int[] ids = new int[distinct];
    float[] counts = new float[distinct];
    byte[] kinds = new byte[distinct];
    int d = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keyed[i] >> 8 != keyed[i - 1] >> 8) {
        d++;
        ids[d] = (int) (keyed[i] >> 8);
        kinds[d] = (byte) (keyed[i] & 0xFF);
      }
      counts[d]++;
    }
    return new Fingerprint(minhash(termIds), ids, counts, kinds);
  }

  private static long key(int id, byte kind) {
    return (long) id << 8 | kind;
  }

  /**
   * Sorts keys whose high 32 bits are hashes in linear expected time: the ids are uniform, so
   * distributing them into about n buckets by their top bits leaves a few per bucket, and one insertion
   * sort over the whole array then only fixes order inside buckets. Sorting was half the cost of a
   * fingerprint with {@link Arrays#sort} (n log n comparisons for a few hundred keys).
   */
  static void sortByHash(long[] keys) {
    int n = keys.length;
    if (n < 64) {
      Arrays.sort(keys);
      return;
    }
    int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
    int[] next = new int[(1 << bits) + 1];
    for (long k : keys) {
      next[bucket(k, bits) + 1]++;
    }
    for (int b = 1; b < next.length; b++) {
      next[b] += next[b - 1];
    }
    long[] out = new long[n];
    for (long k : keys) {
      out[next[bucket(k, bits)]++] = k;
    }
    for (int i = 1; i < n; i++) {
      long k = out[i];
      int j = i - 1;
      while (j >= 0 && out[j] > k) {
        out[j + 1] = out[j];
        j--;
      }
      out[j + 1] = k;
    }
    System.arraycopy(out, 0, keys, 0, n);
  }

  /** The top {@code bits} bits of a key's id, in the order of the signed id. */
  private static int bucket(long key, int bits) {
    return ((int) (key >> 8) ^ Integer.MIN_VALUE) >>> (32 - bits);
  }

  /** The feature id of a term, a name ({@code n|name}) or a number ({@code #|number}). */
  public static int featureId(String prefixedFeature) {
    return Hashing.hash(prefixedFeature);
  }

  /** The signature of a word sequence's shingles; all {@link Integer#MAX_VALUE} for no words. */
  int[] minhash(List<String> words) {
    int[] wordHashes = new int[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = Hashing.hash(words.get(i));
    }
    return minhash(wordHashes);
  }

  /** As {@link #minhash(List)}, over the words' hashes (the term feature ids). */
  private static int[] minhash(int[] wordHashes) {
    int[] sig = new int[MINHASH_SIZE];
    Arrays.fill(sig, Integer.MAX_VALUE);
    if (wordHashes.length == 0) {
      return sig;
    }
    boolean[] filled = new boolean[MINHASH_SIZE];
    int shingles = Math.max(1, wordHashes.length - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      int h = 0;
      for (int j = i; j < Math.min(wordHashes.length, i + SHINGLE); j++) {
        h = h * 31 + wordHashes[j];
      }
      long v = Hashing.fmix64(h ^ SEED);
      int bin = (int) (v >>> (64 - BIN_BITS));
      int value = (int) v & Integer.MAX_VALUE;
      sig[bin] = Math.min(sig[bin], value);
      filled[bin] = true;
    }
    densify(sig, filled);
    return sig;
  }

  /**
   * Fills each empty bin from the first filled bin on its own probe sequence (Shrivastava 2017). The
   * borrowed value is salted with the bin and the step, so that two bins borrowing from one source do
   * not agree by construction more often than two real minima would.
   */
  private static void densify(int[] sig, boolean[] filled) {
    for (int bin = 0; bin < MINHASH_SIZE; bin++) {
      if (filled[bin]) {
        continue;
      }
      for (int step = 1; step <= MAX_PROBES; step++) {
        int from = (int) (Hashing.fmix64((long) bin << 32 | step) >>> (64 - BIN_BITS));
        if (filled[from]) {
          // A filled bin is never written here, so sig[from] is still that bin's own minimum.
          sig[bin] = (int) Hashing.fmix64((long) sig[from] << 16 ^ bin << 8 ^ step) & Integer.MAX_VALUE;
          break;
        }
      }
    }
  }
}
