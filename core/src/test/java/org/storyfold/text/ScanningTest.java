package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanning of {@link Names} and {@link Numbers} against the expressions it replaced:
 * the same tokens, the same numbers, on every code point and on random texts of the characters that
 * matter to them.
 */
class ScanningTest {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’\\-]*\\.?|[.!?:;,\"“”«»„()\\[\\]–—]");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,3}(?:[,.\u00A0\u202F ]\\d{3})+(?:[.,]\\d+)?(?![\\p{N}])"
          + "|(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)?(?![\\p{N}])");

  @Test
  void nameTokens_ofEveryCodePointAlone_andBeforeALetter_areTheExpressions() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      assertThat(nameTokens(s)).as("U+%04X", cp).isEqualTo(expressionTokens(s));
      assertThat(nameTokens("a" + s + ".")).as("a U+%04X", cp).isEqualTo(expressionTokens("a" + s + "."));
    }
  }

  @Test
  void nameTokensAndNumbers_ofRandomTexts_areTheExpressions() {
    int[] alphabet = {'a', 'Z', 'é', 0x301, 0x488, 0x903, '\'', '’', '-', '.', ',', ' ', '"', '“', '(', ']', '–',
        '7', '0', '\u00A0', '\u202F', 0x661, 0x1D400, 0xD835, 0xDC00, 'x', '5', '1', '2', '3'};
    Random random = new Random(5);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        b.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      assertThat(nameTokens(text)).as(text).isEqualTo(expressionTokens(text));
      assertThat(Numbers.find(text)).as(text).isEqualTo(expressionNumbers(text));
    }
    String news = "On 12 March 2024, 10,000 people (2.5% of 400 000) paid €1.250,50; 3.14 or 07 or 1.500.";
    assertThat(Numbers.find(news)).isEqualTo(expressionNumbers(news))
        .containsExactly("12", "2024", "10000", "2.5", "400000", "1250.50", "3.14", "07", "1500");
  }

  private static List<String> nameTokens(String text) {
    List<String> out = new ArrayList<>();
    int[] at = {0};
    for (String w = Names.nextToken(text, at); w != null; w = Names.nextToken(text, at)) {
      out.add(w);
    }
    return out;
  }

  private static List<String> expressionTokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** {@code Numbers.find} as it was: every match of the expression, normalized. */
  private static List<String> expressionNumbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(oldNormalize(m.group()));
    }
    return out;
  }

  /** {@code Numbers.normalize} as it was, compiling its expressions on each call. */
  private static String oldNormalize(String raw) {
    String s = raw.replace('\u00A0', ' ').replace('\u202F', ' ');
    if (s.matches("\\d{1,3}(?:[,. ]\\d{3})+")) {
      return s.replaceAll("[,. ]", "");
    }
    if (s.matches("\\d{1,3}(?:[,. ]\\d{3})+[.,]\\d+")) {
      int last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
      return s.substring(0, last).replaceAll("[,. ]", "") + "." + s.substring(last + 1);
    }
    s = s.replace(',', '.');
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }
}
