package org.storyfold.cluster;

import java.util.Arrays;

/**
 * {@link AverageLink}'s queue of merges, best first: highest key, then the lower pair of group numbers
 * (a total order over distinct pairs, so the merges come out the same whatever order they were queued
 * in). A binary heap over one long array, three longs an entry (key bits, pair, stamps), no object per
 * entry: a key is never negative (a mean of positive weights, or a bound above one), so its bits order as
 * it does, and the pair is its lower number above its higher.
 *
 * <p>An entry is exact (its key is the pair's mean when the lower and the higher group had the two
 * stamps as versions) or a bound (its key is at least the pair's mean for as long as both groups keep
 * the two stamps as epochs). Entries that can no longer be current are dropped in one pass when the
 * queue has doubled since the last such pass ({@link #compact}), so a long run does not hoard them.
 */
final class MergeQueue {
  private static final long EXACT = Long.MIN_VALUE;

  /** Whether an entry can still matter (its groups are alive and its stamps current). */
  interface Live {
    boolean live(int low, int high, int stampLow, int stampHigh, boolean exact);
  }

  private long[] heap = new long[3 * 64];
  int size;
  private int compacted = 1 << 16;

  double key() {
    return Double.longBitsToDouble(heap[0]);
  }

  int low() {
    return (int) (heap[1] >>> 32);
  }

  int high() {
    return (int) heap[1];
  }

  int stampLow() {
    return (int) ((heap[2] & ~EXACT) >>> 32);
  }

  int stampHigh() {
    return (int) heap[2];
  }

  boolean exact() {
    return heap[2] < 0;
  }

  /** Queues the pair of groups x and y, each with its stamp (a version when exact, else an epoch). */
  void push(double key, int x, int y, int sx, int sy, boolean isExact) {
    if (3 * size == heap.length) {
      heap = Arrays.copyOf(heap, heap.length * 2);
    }
    long bits = Double.doubleToLongBits(key + 0.0); // + 0.0: a zero is +0.0, whose bits are the least
    long p = x < y ? ((long) x << 32) | y : ((long) y << 32) | x;
    long stamps = x < y ? ((long) sx << 32) | (sy & 0xFFFFFFFFL) : ((long) sy << 32) | (sx & 0xFFFFFFFFL);
    siftUp(size++, bits, p, isExact ? stamps | EXACT : stamps);
  }

  /** Removes the head. */
  void pop() {
    size--;
    if (size > 0) {
      int last = 3 * size;
      siftDown(0, heap[last], heap[last + 1], heap[last + 2]);
    }
  }

  /** Drops the entries that are not {@code live} when the queue has doubled since it last did. */
  void compact(Live live) {
    if (size < 2 * compacted) {
      return;
    }
    int m = 0;
    for (int i = 0; i < size; i++) {
      long p = heap[3 * i + 1];
      long s = heap[3 * i + 2];
      if (live.live((int) (p >>> 32), (int) p, (int) ((s & ~EXACT) >>> 32), (int) s, s < 0)) {
        System.arraycopy(heap, 3 * i, heap, 3 * m++, 3);
      }
    }
    size = m;
    for (int i = size / 2 - 1; i >= 0; i--) { // heapify bottom up
      siftDown(i, heap[3 * i], heap[3 * i + 1], heap[3 * i + 2]);
    }
    compacted = Math.max(1 << 16, size);
  }

  private void siftUp(int i, long bits, long p, long s) {
    while (i > 0) { // parents that come after the new entry move down
      int parent = (i - 1) >>> 1;
      if (!before(bits, p, heap[3 * parent], heap[3 * parent + 1])) {
        break;
      }
      System.arraycopy(heap, 3 * parent, heap, 3 * i, 3);
      i = parent;
    }
    set(i, bits, p, s);
  }

  private void siftDown(int i, long bits, long p, long s) {
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) {
        break;
      }
      int c = l + 1 < size && before(heap[3 * l + 3], heap[3 * l + 4], heap[3 * l], heap[3 * l + 1]) ? l + 1 : l;
      if (!before(heap[3 * c], heap[3 * c + 1], bits, p)) {
        break;
      }
      System.arraycopy(heap, 3 * c, heap, 3 * i, 3);
      i = c;
    }
    set(i, bits, p, s);
  }

  private static boolean before(long bits, long p, long otherBits, long otherPair) {
    return bits != otherBits ? bits > otherBits : p < otherPair;
  }

  private void set(int i, long bits, long p, long s) {
    heap[3 * i] = bits;
    heap[3 * i + 1] = p;
    heap[3 * i + 2] = s;
  }
}
