package org.storyfold.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each article's source, chosen so that the relations form a forest whose roots are the originals.
 *
 * <p>Pairwise direction is not transitive (a copies b, b copies c, c copies a can each look right
 * pair by pair), so sources are assigned greedily, strongest derivation first, and an edge that
 * would close a cycle is skipped. Same-language derivations go first; a translation then attaches an
 * article that nothing in its own language derives from to its closest partner in another language.
 * A translation has no evidence of direction of its own, and an article copied in its own language
 * is the source.
 */
final class Forest {
  /** Strongest share first, then by article index: deterministic. */
  private static final Comparator<double[]> STRONGEST = (x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
      : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]);

  /** Per article: its source's index or -1. */
  final int[] source;
  /** Per article: its kind of derivation, when it has a source. */
  final Relation.Kind[] kind;
  /** Per article: whether another derives from it. */
  final boolean[] isSource;

  private Forest(int n) {
    source = new int[n];
    java.util.Arrays.fill(source, -1);
    kind = new Relation.Kind[n];
    isSource = new boolean[n];
  }

  static Forest of(AlignedStory s, Derivation rules) {
    Forest f = new Forest(s.size());
    f.attachWithinLanguages(s, rules);
    f.attachTranslations(s, rules);
    return f;
  }

  private void attachWithinLanguages(AlignedStory s, Derivation rules) {
    List<double[]> edges = new ArrayList<>();
    Map<Long, Relation.Kind> edgeKind = new HashMap<>();
    for (int p = 0; p < s.size(); p++) {
      for (int q : s.partners.get(p)) {
        if (!s.sameLanguage(p, q) || !rules.derives(s, p, q)) {
          continue;
        }
        Relation.Kind k = rules.kindOf(s, p, q);
        if (k != null && s.shared[p][q] > 0) {
          edges.add(new double[] {s.shared[p][q], p, q});
          edgeKind.put(key(p, q), k);
        }
      }
    }
    edges.sort(STRONGEST);
    for (double[] e : edges) {
      int p = (int) e[1];
      int q = (int) e[2];
      if (source[p] < 0 && !descends(q, p)) {
        attach(p, q, edgeKind.get(key(p, q)));
      }
    }
  }

  private void attachTranslations(AlignedStory s, Derivation rules) {
    List<double[]> crossings = new ArrayList<>();
    for (int p = 0; p < s.size(); p++) {
      for (int q : s.partners.get(p)) {
        // q copied in its own language is the source; otherwise the pair's own evidence decides
        if (!s.sameLanguage(p, q) && s.shared[p][q] >= rules.config().translation()
            && (isSource[q] || rules.derives(s, p, q)) && rules.kindOf(s, p, q) == Relation.Kind.TRANSLATION) {
          crossings.add(new double[] {s.shared[p][q], p, q});
        }
      }
    }
    crossings.sort(STRONGEST);
    for (double[] e : crossings) {
      int p = (int) e[1];
      int q = (int) e[2];
      if (source[p] < 0 && !isSource[p] && !descends(q, p)) {
        attach(p, q, Relation.Kind.TRANSLATION);
      }
    }
  }

  private void attach(int p, int q, Relation.Kind k) {
    source[p] = q;
    kind[p] = k;
    isSource[q] = true;
  }

  /** Whether {@code q} already derives, through the chain of sources, from {@code p}. */
  private boolean descends(int q, int p) {
    for (int at = q, steps = 0; at >= 0 && steps <= source.length; at = source[at], steps++) {
      if (at == p) {
        return true;
      }
    }
    return false;
  }

  private static long key(int p, int q) {
    return ((long) p << 32) | q;
  }
}
