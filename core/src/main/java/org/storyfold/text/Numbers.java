package org.storyfold.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as written in news text, normalized so that "10,000", "10 000" and "10.000" (German,
 * Spanish) compare equal: group separators go, a decimal comma becomes a point.
 */
final class Numbers {
  // A digit run with optional group separators (comma, point, thin or plain space) and a decimal part.
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,3}(?:[,.\u00A0\u202F ]\\d{3})+(?:[.,]\\d+)?(?![\\p{N}])"
          + "|(?<![\\p{L}\\p{N}])\\d+(?:[.,]\\d+)?(?![\\p{N}])");

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[,. ]\\d{3})+");
  private static final Pattern GROUPED_DECIMAL = Pattern.compile("\\d{1,3}(?:[,. ]\\d{3})+[.,]\\d+");
  private static final Pattern SEPARATOR = Pattern.compile("[,. ]");
  private static final Pattern TRAILING_ZEROS = Pattern.compile("0+$");
  private static final Pattern TRAILING_POINT = Pattern.compile("\\.$");

  private Numbers() {}

  static List<String> find(String text) {
    List<String> out = new ArrayList<>();
    // Every match starts with an ASCII digit: the expression is tried only there (lookingAt, its
    // look-behind seeing the text before), not at each character of every article as find() did.
    Matcher m = NUMBER.matcher(text).useTransparentBounds(true);
    int n = text.length();
    for (int i = 0; i < n; ) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' && m.region(i, n).lookingAt()) {
        out.add(normalize(m.group()));
        i = m.end();
      } else {
        i++;
      }
    }
    return out;
  }

  /** "10,000" and "10.000" and "10 000" are "10000"; "2,5" and "2.5" are "2.5". */
  static String normalize(String raw) {
    String s = raw.replace('\u00A0', ' ').replace('\u202F', ' ');
    if (GROUPED.matcher(s).matches()) {
      return SEPARATOR.matcher(s).replaceAll("");
    }
    if (GROUPED_DECIMAL.matcher(s).matches()) {
      int last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
      return SEPARATOR.matcher(s.substring(0, last)).replaceAll("") + "." + s.substring(last + 1);
    }
    s = s.replace(',', '.');
    if (s.contains(".")) {
      s = TRAILING_POINT.matcher(TRAILING_ZEROS.matcher(s).replaceAll("")).replaceAll("");
    }
    return s;
  }
}
