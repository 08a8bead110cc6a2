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

  private Numbers() {}

  static List<String> find(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(normalize(m.group()));
    }
    return out;
  }

  /** "10,000" and "10.000" and "10 000" are "10000"; "2,5" and "2.5" are "2.5". */
  static String normalize(String raw) {
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
