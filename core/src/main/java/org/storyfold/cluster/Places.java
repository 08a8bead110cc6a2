package org.storyfold.cluster;

import java.util.Arrays;
import java.util.List;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The places of the articles of one topic ({@link Fingerprint#PLACE} features: names that some mention
 * marks as a place), and the veto they give: two groups that each name places, none in common, report
 * two incidents however alike their words (two shootings in two towns).
 */
final class Places {
  /** Per article, its sorted place feature ids (empty when it names none). */
  private final int[][] places;
  /** Per article, its sorted name feature ids, places included. */
  private final int[][] names;
  private final boolean any;

  Places(List<Fingerprint> fps) {
    places = new int[fps.size()][];
    names = new int[fps.size()][];
    boolean found = false;
    for (int i = 0; i < places.length; i++) {
      Fingerprint f = fps.get(i);
      int k = 0;
      int m = 0;
      int[] p = new int[f.features().length];
      int[] q = new int[f.features().length];
      for (int j = 0; j < p.length; j++) {
        byte kind = f.kinds()[j];
        if (kind == Fingerprint.PLACE) {
          p[k++] = f.features()[j];
        }
        if (kind == Fingerprint.PLACE || kind == Fingerprint.NAME) {
          q[m++] = f.features()[j];
        }
      }
      places[i] = Arrays.copyOf(p, k);
      names[i] = Arrays.copyOf(q, m);
      found |= k > 0;
    }
    any = found;
  }

  /** Whether any article names a place (else no veto can apply). */
  boolean any() {
    return any;
  }

  /**
   * Whether two groups each name places and neither names, as a place or otherwise, any place of the
   * other: then they are about different places. Costs the groups' name features once.
   */
  boolean conflict(List<Integer> a, List<Integer> b) {
    if (!any || !names(a, places) || !names(b, places)) {
      return false;
    }
    return !mentions(a, b) && !mentions(b, a);
  }

  private static boolean names(List<Integer> group, int[][] of) {
    for (int i : group) {
      if (of[i].length > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether some article of b names a place of some article of a. */
  private boolean mentions(List<Integer> a, List<Integer> b) {
    if (a.size() == 1 && b.size() == 1) {
      return shares(places[a.get(0)], names[b.get(0)]);
    }
    java.util.HashSet<Integer> named = new java.util.HashSet<>();
    for (int j : b) {
      for (int id : names[j]) {
        named.add(id);
      }
    }
    for (int i : a) {
      for (int id : places[i]) {
        if (named.contains(id)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean shares(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        return true;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }
}
