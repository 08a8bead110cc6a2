package org.storyfold.reuse;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence spans of a text: ICU's rule-based sentence breaks within each line. A line break always
 * ends a sentence, since clean article text keeps one paragraph per line.
 */
final class Sentences {
  private Sentences() {}

  /** Spans [start, end) of the sentences of {@code text}, trimmed, empty ones dropped. */
  static List<int[]> split(String text, String language) {
    List<int[]> out = new ArrayList<>();
    ULocale locale = language == null || language.equals("und") ? ULocale.ROOT : new ULocale(language);
    BreakIterator it = BreakIterator.getSentenceInstance(locale);
    int lineStart = 0;
    int n = text.length();
    while (lineStart < n) {
      int lineEnd = lineStart;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      if (lineEnd > lineStart) {
        String line = text.substring(lineStart, lineEnd);
        it.setText(line);
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
          add(text, lineStart + s, lineStart + e, out);
        }
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void add(String text, int start, int end, List<int[]> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    boolean hasLetterOrDigit = false;
    for (int i = start; i < end && !hasLetterOrDigit; i++) {
      hasLetterOrDigit = Character.isLetterOrDigit(text.charAt(i));
    }
    if (hasLetterOrDigit) {
      out.add(new int[] {start, end});
    }
  }
}
