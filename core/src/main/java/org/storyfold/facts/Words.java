package org.storyfold.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.storyfold.text.StopWords;
import org.storyfold.text.TextAnalyzer;

/**
 * Shared word helpers: folding, stop words (Snowball lists of the languages we meet), stemmed terms.
 * Stems come from the caller's {@link TextAnalyzer}: the engine owns one, and this package loads none.
 */
final class Words {

  private Words() {}

  /** Lower case, accents removed, curly apostrophes straightened, possessive "'s" dropped. */
  static String fold(String s) {
    return org.storyfold.text.Folding.name(s);
  }

  /** A function word (the engine's registry, {@link StopWords}). */
  static boolean isStop(String word) {
    return StopWords.isFunctionWord(word);
  }

  /** Stemmed content terms of a text in its language, as a set. */
  static Set<String> terms(TextAnalyzer analyzer, String text, String language) {
    return new LinkedHashSet<>(analyzer.terms(text, language));
  }

  /** |a ∩ b| / min(|a|, |b|): how much of the smaller set the larger one covers. */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return (double) intersection(a, b) / Math.min(a.size(), b.size());
  }

  static int intersection(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> big = small == a ? b : a;
    int n = 0;
    for (String s : small) {
      if (big.contains(s)) {
        n++;
      }
    }
    return n;
  }

  /** A light English lemma for counted nouns: "crossings" is "crossing", "casualties" is "casualty". */
  static String lemma(String word) {
    String w = fold(word);
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  static List<String> tokens(String text) {
    return List.of(text.split("[^\\p{L}\\p{M}\\p{N}'’\\-]+"));
  }
}
