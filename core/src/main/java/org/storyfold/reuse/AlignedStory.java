package org.storyfold.reuse;

import java.util.ArrayList;
import java.util.List;

/**
 * The articles of one story with the alignments of their candidate pairs ({@link Candidates}): for
 * each aligned pair, the alignment and the share of each side's sentences found in the other.
 */
final class AlignedStory {
  final List<Doc> docs;
  /** Alignment of p and q at [min][max]; null for pairs that were not candidates. */
  private final Aligner.Alignment[][] al;
  /** shared[p][q]: share of p's content sentences aligned with q. */
  final double[][] shared;
  /** Per article, whether each sentence is aligned with any other article. */
  final byte[][] anyAligned;
  /** Per article, the articles it was aligned with. */
  final List<List<Integer>> partners;

  private AlignedStory(List<Doc> docs) {
    this.docs = docs;
    int n = docs.size();
    al = new Aligner.Alignment[n][n];
    shared = new double[n][n];
    anyAligned = new byte[n][];
    partners = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      anyAligned[p] = new byte[docs.get(p).sentences.length];
      partners.add(new ArrayList<>());
    }
  }

  /** Aligns the candidate pairs only: near-linear in the story's size. */
  static AlignedStory align(List<Doc> docs, Aligner aligner, Derivation rules) {
    AlignedStory s = new AlignedStory(docs);
    for (int[] pq : Candidates.of(docs)) {
      int p = pq[0];
      int q = pq[1];
      Aligner.Alignment x = aligner.align(docs.get(p), docs.get(q));
      s.al[p][q] = x;
      s.shared[p][q] = rules.share(docs.get(p), x.kindA());
      s.shared[q][p] = rules.share(docs.get(q), x.kindB());
      or(s.anyAligned[p], x.kindA());
      or(s.anyAligned[q], x.kindB());
      s.partners.get(p).add(q);
      s.partners.get(q).add(p);
    }
    return s;
  }

  int size() {
    return docs.size();
  }

  /** The alignment of p and q, spans and kinds running min(p, q) first. */
  Aligner.Alignment alignment(int p, int q) {
    return p < q ? al[p][q] : al[q][p];
  }

  /** Per sentence of p, its kind of alignment with q. */
  byte[] kinds(int p, int q) {
    return p < q ? al[p][q].kindA() : al[q][p].kindB();
  }

  /** Per sentence of p, the sentence of q it was matched with, or -1. */
  int[] targets(int p, int q) {
    return p < q ? al[p][q].targetA() : al[q][p].targetB();
  }

  boolean sameLanguage(int p, int q) {
    return docs.get(p).language.equals(docs.get(q).language);
  }

  String id(int p) {
    return docs.get(p).article.id();
  }

  private static void or(byte[] into, byte[] kinds) {
    for (int i = 0; i < into.length; i++) {
      into[i] |= kinds[i] != 0 ? 1 : 0;
    }
  }
}
