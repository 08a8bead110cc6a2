package org.storyfold.reuse;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Sentence spans of a text: ICU's rule-based sentence breaks within each line. A line break always
 * ends a sentence, since clean article text keeps one paragraph per line. ICU's root rules break after
 * "U.S." or "Mr." before a capital; a short list of news abbreviations suppresses those breaks.
 */
public final class Sentences {
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:\\b\\p{Lu}\\.\\p{Lu}\\.|\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|Nr|vs)\\.)$");

  private Sentences() {}

  /** Spans [start, end) of the sentences of {@code text}, trimmed, empty ones dropped. */
  public static List<int[]> split(String text, String language) {
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
        for (int e = it.next(); e != BreakIterator.DONE; e = it.next()) {
          if (e < line.length() && ABBREVIATION.matcher(line.substring(s, e).stripTrailing()).find()) {
            continue; // "U.S. President", "Mr. Biden": the break rules end a sentence there, we do not
          }
          add(text, lineStart + s, lineStart + e, out);
          s = e;
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
