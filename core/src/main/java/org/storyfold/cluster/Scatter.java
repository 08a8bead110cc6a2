package org.storyfold.cluster;

/**
 * One group's sum vector spread over a dense array of the batch's vocabulary, so that its dot product
 * with each neighbour costs the neighbour's length alone (a merge's neighbours are many, and the
 * merged group's vector is the longest of all). Cleared through the held ids, never in full.
 */
final class Scatter {
  final float[] values;
  private int held = -1;
  private int[] heldIds;

  Scatter(int vocabulary) {
    values = new float[vocabulary];
  }

  /** Holds group g's vector (g = -1 only clears, so that a changed group is scattered anew). */
  void hold(int g, int[] ids, float[] weights) {
    if (g == held && g >= 0) {
      return;
    }
    if (heldIds != null) {
      for (int id : heldIds) {
        values[id] = 0;
      }
    }
    held = g;
    heldIds = ids;
    if (ids != null) {
      for (int i = 0; i < ids.length; i++) {
        values[ids[i]] = weights[i];
      }
    }
  }
}
