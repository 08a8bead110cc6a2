package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ASCII shortcut of {@link SiteRepetition#key} against the normalizing loop it skips. */
class SiteRepetitionKeyTest {
  @Test
  void key_ofAsciiLines_isTheNormalizedOne() {
    Random random = new Random(3);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        b.append((char) random.nextInt(0x80));
      }
      String line = b.toString();
      assertThat(SiteRepetition.key(line)).as(line).isEqualTo(normalized(line));
    }
    assertThat(SiteRepetition.key("  Share: Facebook | X  ")).isEqualTo("share facebook x");
    assertThat(SiteRepetition.key("Ça va, l’été")).isEqualTo(normalized("Ça va, l’été")).isEqualTo("ca va l ete");
  }

  /** The key as computed before the shortcut, for every line. */
  private static String normalized(String line) {
    String folded = Normalizer.normalize(line, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(cp);
        gap = false;
      } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        gap = true;
      }
    }
    return out.toString();
  }
}
