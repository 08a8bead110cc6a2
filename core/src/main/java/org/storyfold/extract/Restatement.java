package org.storyfold.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Finds bullet lists that restate the article: machine-written "key points" whose items are built from
 * the article's own words. An item whose content words mostly occur in the page's paragraphs adds
 * nothing but duplicates; a genuine list (steps, figures, names) brings words the prose lacks.
 * Words are compared by their first five letters, a crude stem that lets "addressing" meet "address"
 * in any language with suffixes.
 */
final class Restatement {
  /** Fewest words a bullet item needs to be judged (shorter items are labels or figures). */
  private static final int MIN_ITEM_WORDS = 8;
  /** Letters of a word compared as its stem (see the class comment). */
  private static final int STEM = 5;

  private Restatement() {}

  /**
   * Marks restating items.
   *
   * @param cues       the page's non-blank lines
   * @param title      the article's title (part of what the list may restate)
   * @param stops      the page's stop words, or {@code null}
   * @param minOverlap share of an item's content words that must occur in the prose
   * @return per line, the share of its words found in the prose when it is a restating item, else -1
   */
  static double[] find(LineCues[] cues, String title, CharArraySet stops, double minOverlap) {
    double[] out = new double[cues.length];
    java.util.Arrays.fill(out, -1);
    Set<String> prose = new HashSet<>(stems(title, stops));
    for (LineCues c : cues) {
      if (!c.listItem() && c.words() >= MIN_ITEM_WORDS) {
        prose.addAll(c.stems());
      }
    }
    int i = 0;
    while (i < cues.length) {
      if (!cues[i].listItem()) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < cues.length && cues[end + 1].listItem()) {
        end++;
      }
      markRun(cues, i, end, prose, minOverlap, out);
      i = end + 1;
    }
    return out;
  }

  /** Within one bullet run, the span from the first to the last restating item, if it holds two. */
  private static void markRun(LineCues[] cues, int from, int to, Set<String> prose, double minOverlap,
                              double[] out) {
    double[] overlap = new double[to - from + 1];
    int first = -1;
    int last = -1;
    for (int i = from; i <= to; i++) {
      List<String> words = cues[i].stems();
      if (cues[i].words() < MIN_ITEM_WORDS || words.isEmpty()) {
        overlap[i - from] = -1;
        continue;
      }
      long shared = words.stream().filter(prose::contains).count();
      overlap[i - from] = (double) shared / words.size();
      if (overlap[i - from] >= minOverlap) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0 || first == last) {
      return;
    }
    double sum = 0;
    int n = 0;
    for (int i = first; i <= last; i++) {
      if (overlap[i - from] >= 0) {
        sum += overlap[i - from];
        n++;
      }
    }
    if (sum / n < minOverlap * 0.9) {
      return;
    }
    // a machine summary is uniform: the sentence-shaped items next to the restating span belong to it
    // even when one of them strays further from the text's wording
    while (first > from && sentenceItem(cues[first - 1])) {
      first--;
    }
    while (last < to && sentenceItem(cues[last + 1])) {
      last++;
    }
    for (int i = first; i <= last; i++) {
      out[i] = Math.max(0, overlap[i - from]);
    }
  }

  private static boolean sentenceItem(LineCues c) {
    return c.terminal() && c.words() >= MIN_ITEM_WORDS;
  }

  /** Content words (four letters or more, not stop words), cut to a crude stem. */
  static List<String> stems(String text, CharArraySet stops) {
    return stems(LineCues.lowerCase(LineCues.tokens(text)), stops);
  }

  /** As {@link #stems(String, CharArraySet)}, of a text's tokens already in lower case. */
  static List<String> stems(List<String> lower, CharArraySet stops) {
    List<String> out = new ArrayList<>();
    for (String t : lower) {
      int length = t.codePointCount(0, t.length());
      if (length >= 4 && (stops == null || !stops.contains(t))) {
        out.add(length > STEM ? t.substring(0, t.offsetByCodePoints(0, STEM)) : t);
      }
    }
    return out;
  }
}
