package org.storyfold.fingerprint;

/**
 * 32-bit hashes of strings that do not depend on the JVM: FNV-1a over UTF-16 code units, finished with
 * the MurmurHash3 avalanche so that nearby strings land far apart.
 */
final class Hashing {
  private Hashing() {}

  static int hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return fmix((int) (h ^ (h >>> 32)));
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
