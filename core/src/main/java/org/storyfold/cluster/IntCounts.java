package org.storyfold.cluster;

/**
 * A map from int keys to int values by open addressing: one int pair per entry rather than two boxed
 * objects and a node (a stream's document frequencies hold one entry per distinct feature ever seen,
 * millions of them). Key 0 is stored in a slot of its own.
 */
final class IntCounts {
  private int[] keys = new int[1024];
  private int[] values = new int[1024];
  private int size;
  private boolean hasZero;
  private int zero;

  int get(int key) {
    if (key == 0) {
      return hasZero ? zero : 0;
    }
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == 0) {
        return 0;
      }
    }
  }

  void add(int key, int delta) {
    if (key == 0) {
      hasZero = true;
      zero += delta;
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        values[i] += delta;
        return;
      }
      if (keys[i] == 0) {
        keys[i] = key;
        values[i] = delta;
        size++;
        return;
      }
    }
  }

  int size() {
    return size + (hasZero ? 1 : 0);
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }

  /** The key's bits spread over the low ones (Fibonacci hashing), as {@link Postings} hashes too. */
  static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Bytes held, for memory accounting. */
  long bytes() {
    return 8L * keys.length + 32;
  }
}
