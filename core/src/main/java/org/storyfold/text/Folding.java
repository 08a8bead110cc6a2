package org.storyfold.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds words and names so that spellings of one thing compare equal: lower case, diacritics removed
 * (canonical decomposition, then the combining marks dropped), typographic apostrophes made plain. One
 * place for it: names, facts and text reuse all match across spellings the same way.
 */
public final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");

  private Folding() {}

  /** A name or phrase: also drops a possessive {@code 's} and apostrophes ("López Obrador's" -> "lopez obrador"). */
  public static String name(String s) {
    String t = word(s);
    return POSSESSIVE.matcher(t).replaceAll("").replace("'", "").strip();
  }

  /** One word as written in a sentence; plain ASCII, the common case, takes no normalization. */
  public static String word(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replace('\u2019', '\'');
      }
    }
    return lower;
  }
}
