package org.storyfold.text;

import com.ibm.icu.text.Transliterator;

/**
 * Any script to plain lower-case ASCII, so that names compare across languages: "Трамп" and "Trump"
 * both give "tramp"/"trump" close enough to share consonants, "Müller" gives "muller", "Erdoğan"
 * "erdogan", Arabic and Greek their ICU romanizations. ICU's {@code Any-Latin} picks each script's
 * standard transliteration (BGN/PCGN-like for Cyrillic, pinyin for Han, UNGEGN for Arabic);
 * {@code Latin-ASCII} then drops diacritics. ICU transliterators are not thread-safe, hence the lock.
 */
public final class Latin {
  private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

  /** The text in lower-case ASCII letters (digits and punctuation kept as they are). */
  public String of(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 128;
    }
    if (ascii) {
      return text.toLowerCase(java.util.Locale.ROOT);
    }
    synchronized (toAscii) {
      return toAscii.transliterate(text);
    }
  }

  /**
   * The consonant skeleton of a romanized name (vowels and doubled letters dropped): "tramp" and
   * "trump" give "trmp", "mohammed" and "muhammad" "mhmd". Romanizations of one name differ mostly
   * in their vowels, which scripts such as Arabic and Hebrew do not write.
   */
  public static String skeleton(String latinWord) {
    StringBuilder sb = new StringBuilder(latinWord.length());
    char last = 0;
    for (int i = 0; i < latinWord.length(); i++) {
      char c = latinWord.charAt(i);
      if ("aeiouy'’-".indexOf(c) >= 0) {
        continue;
      }
      if (c != last) {
        sb.append(c);
      }
      last = c;
    }
    return sb.toString();
  }
}
