package org.storyfold.cluster;

/**
 * Feature to posting list, open addressing over primitive keys (a boxed map spent most of a restart's
 * rebuilding in hashing and unboxing).
 */
final class Postings {
  private int[] keys = new int[1 << 12];
  private int[][] lists = new int[1 << 12][];
  private int size;

  int[] get(int key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); lists[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return lists[i];
      }
    }
    return null;
  }

  void put(int key, int[] list) {
    if ((size + 1) * 2 > keys.length) {
      int[] oldKeys = keys;
      int[][] oldLists = lists;
      keys = new int[oldKeys.length * 2];
      lists = new int[oldKeys.length * 2][];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldLists[i] != null) {
          put(oldKeys[i], oldLists[i]);
        }
      }
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (lists[i] != null && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (lists[i] == null) {
      size++;
    }
    keys[i] = key;
    lists[i] = list;
  }

  private static int slot(int key, int mask) {
    return IntCounts.mix(key) & mask;
  }
}
