package org.storyfold.cluster;

import java.util.Arrays;

/**
 * Per group, the pairs whose exact mean was computed since the group last changed, each with the bound
 * that mean gives and the other group's epoch: queued when the group changes (its exact entries then
 * go stale), dropped when it re-scores. {@link AverageLink}'s; compacted there when a list outgrows
 * the group's neighbours.
 */
final class ParkedBounds {
  final int[][] other;
  final double[][] key;
  final int[][] epoch;
  final int[] count;

  ParkedBounds(int n) {
    other = new int[n][];
    key = new double[n][];
    epoch = new int[n][];
    count = new int[n];
  }

  void add(int g, int h, double k, int epochH) {
    int c = count[g];
    if (other[g] == null) {
      other[g] = new int[4];
      key[g] = new double[4];
      epoch[g] = new int[4];
    } else if (c > 0 && other[g][c - 1] == h && epoch[g][c - 1] == epochH) {
      key[g][c - 1] = Math.min(key[g][c - 1], k); // the same pair again: keep the tighter bound
      return;
    } else if (c == other[g].length) {
      int cap = c * 2;
      other[g] = Arrays.copyOf(other[g], cap);
      key[g] = Arrays.copyOf(key[g], cap);
      epoch[g] = Arrays.copyOf(epoch[g], cap);
    }
    other[g][c] = h;
    key[g][c] = k;
    epoch[g][c] = epochH;
    count[g] = c + 1;
  }

  void clear(int g) {
    count[g] = 0;
    if (other[g] != null && other[g].length > 64) {
      other[g] = null;
      key[g] = null;
      epoch[g] = null;
    }
  }
}
