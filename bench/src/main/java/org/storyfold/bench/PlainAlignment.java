package org.storyfold.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.storyfold.story.Article;

/**
 * The alignment a developer writes without Storyfold: split each article into sentences, turn each
 * sentence into its set of word 3-shingles, and compare every sentence of every article with every
 * sentence of every other article by Jaccard similarity; a pair at or above {@link #THRESHOLD} is
 * aligned. Quadratic in sentences, no index, no weighting: the plain peer of sentence alignment.
 */
final class PlainAlignment {
  /** Words per shingle: 3 keeps a swapped word from erasing a whole short sentence. */
  static final int SHINGLE = 3;
  /** Jaccard at or above which two sentences count as the same sentence, lightly edited. */
  static final double THRESHOLD = 0.5;

  private PlainAlignment() {}

  /** The number of aligned sentence pairs across all pairs of articles. */
  static int align(List<Article> articles) {
    List<List<Set<String>>> docs = new ArrayList<>(articles.size());
    for (Article a : articles) {
      List<Set<String>> sentences = new ArrayList<>();
      for (String s : a.text().split("(?<=[.!?])\\s+")) {
        Set<String> shingles = shingles(s);
        if (!shingles.isEmpty()) {
          sentences.add(shingles);
        }
      }
      docs.add(sentences);
    }
    int aligned = 0;
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        for (Set<String> a : docs.get(i)) {
          for (Set<String> b : docs.get(j)) {
            if (jaccard(a, b) >= THRESHOLD) {
              aligned++;
            }
          }
        }
      }
    }
    return aligned;
  }

  static Set<String> shingles(String sentence) {
    String[] words = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + SHINGLE <= kept.size(); i++) {
      out.add(String.join(" ", kept.subList(i, i + SHINGLE)));
    }
    if (out.isEmpty() && !kept.isEmpty()) {
      out.add(String.join(" ", kept)); // a sentence shorter than one shingle is its own shingle
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String s : small) {
      if (large.contains(s)) {
        shared++;
      }
    }
    return shared / (double) (a.size() + b.size() - shared);
  }
}
