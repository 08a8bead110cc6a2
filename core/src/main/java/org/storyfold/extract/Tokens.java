package org.storyfold.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The word tokens of a line: maximal runs of letters (with their combining marks) and digits, what the
 * regular expression {@code [\p{L}\p{M}\p{N}]+} finds. Scanned by hand because every line of a batch is
 * tokenized (the expression's matcher was the largest single cost of cleaning in the profile); the
 * classes L, M and N are exactly the Unicode general categories 1 to 11 of {@link Character#getType},
 * which {@code LineCuesTest} checks against the expression over every code point.
 */
final class Tokens {
  private Tokens() {}

  /** Whether a code point is of the categories L, M or N. */
  static boolean wordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    int type = Character.getType(cp);
    return type >= Character.UPPERCASE_LETTER && type <= Character.OTHER_NUMBER;
  }

  /** The tokens of {@code text}, case kept, in order. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      if (wordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start, n));
    }
    return out;
  }

  /** How many tokens {@link #of} would give, without making them. */
  static int count(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean word = wordChar(cp);
      if (word && !inWord) {
        count++;
      }
      inWord = word;
      i += Character.charCount(cp);
    }
    return count;
  }
}
