package org.storyfold.facts;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storyfold.text.TextAnalyzer;

/**
 * The caller's analyzer with a memo of single words, for one description of one story. A figure's
 * context is the stems of the eight words either side of it; in a story of near-copies the same words
 * come back thousands of times, and one analyzer call per figure window cost more than all the rest of
 * reading. Not shared between stories or threads: it lives as long as one {@code Facts.of} call.
 */
final class Stems {
  private final TextAnalyzer analyzer;
  private final Map<String, List<String>> memo = new HashMap<>();

  Stems(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The stemmed content terms of the words, in order, each word analyzed once per language. */
  Set<String> of(List<String> words, String language) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      out.addAll(memo.computeIfAbsent(language + "\u0000" + w, k -> analyzer.terms(w, language)));
    }
    return out;
  }
}
