package org.storyfold.fingerprint;

/**
 * 32-bit hashes of strings that do not depend on the JVM: FNV-1a over UTF-16 code units, finished with
 * the MurmurHash3 avalanche so that nearby strings land far apart.
 */
final class Hashing {
  private Hashing() {}

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  static int hash(String s) {
    return finish(fnv(FNV_OFFSET, s));
  }

  /** The hash of {@code prefix + s}, without building that string. */
  static int hash(String prefix, String s) {
    return finish(fnv(fnv(FNV_OFFSET, prefix), s));
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  private static int finish(long h) {
    return fmix((int) (h ^ (h >>> 32)));
  }

  /** MurmurHash3's 64-bit finalizer. */
  static long fmix64(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** MurmurHash3's finalizer. */
  static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
