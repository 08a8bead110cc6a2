package org.storyfold.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfold.text.TextAnalyzer;

/*
 * Numbers as news text writes them, turned into values that compare: "10,000", "10.000" (German,
 * Spanish grouping), "10 000", "ten thousand", "10k" and "10 mil" are all 10000; "2.5 million",
 * "2,5 Millionen" and "2.5m" are 2500000. A point or comma followed by exactly three digits is a
 * group separator (as in text.Numbers), otherwise a decimal mark: "2,5" and "2.5" are both 2.5.
 * English number words are parsed as a small grammar (units, teens, tens, "hundred", scales),
 * which is enough for the amounts that reporters spell out; a bare "one" or "a" is left alone
 * because it is almost never a figure ("one of his key priorities").
 *
 * Approximation markers say how far a figure may be from another and still agree with it:
 * "about/around/some/approximately" allow ±10%, "nearly/almost" 15% below, "more than/over/at least"
 * up to three times above, "up to/as many as/less than" down to half. Exact figures allow nothing.
 */
final class Quantities {
  /** Marker of a figure as written, with no approximation word. */
  static final String EXACT = "";
  /** Marker of "about", "around", "some": within 10%. */
  static final String ABOUT = "~";
  /** Marker of "more than", "at least", "over": from the value up to three times it. */
  static final String MORE = ">";
  /** Marker of "up to", "as many as", "less than", "within": from half the value up to it. */
  static final String UP_TO = "<";
  /** Marker of "nearly", "almost": up to 15% below the value. */
  static final String NEARLY = "<~";

  /** A digit run, grouped or not, with an optional decimal part and an attached k/m/bn. */
  static final Pattern DIGITS = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(\\d{1,3}(?:[,.\u00A0\u202F ]\\d{3})+(?![\\p{N}])(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)"
          + "(?:(k|K|bn|mn|m)(?![\\p{L}\\p{N}]))?");

  /** English number words below twenty (and "dozen") to their values. */
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("one", 1),
      Map.entry("dozen", 12));
  /** English tens to their values. */
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
      "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  /** Scale words to their multipliers, in the languages the engine meets ("mil" is Spanish for thousand). */
  private static final Map<String, Double> SCALES = Map.ofEntries(
      Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("billion", 1e9), Map.entry("trillion", 1e12),
      Map.entry("thousands", 1e3), Map.entry("millions", 1e6), Map.entry("billions", 1e9),
      Map.entry("mil", 1e3), Map.entry("millón", 1e6), Map.entry("millon", 1e6), Map.entry("millones", 1e6),
      Map.entry("tausend", 1e3), Map.entry("mio", 1e6), Map.entry("millionen", 1e6),
      Map.entry("milliarde", 1e9), Map.entry("milliarden", 1e9), Map.entry("mrd", 1e9), Map.entry("mille", 1e3),
      Map.entry("milliard", 1e9), Map.entry("milliards", 1e9), Map.entry("bn", 1e9));

  /** Marker phrases, longest first, as they stand before a number (lower case, accents kept). */
  private static final List<String[]> MARKERS = List.of(
      new String[] {"as many as", UP_TO}, new String[] {"more than", MORE}, new String[] {"at least", MORE},
      new String[] {"up to", UP_TO}, new String[] {"within", UP_TO}, new String[] {"less than", UP_TO}, new String[] {"fewer than", UP_TO},
      new String[] {"close to", NEARLY}, new String[] {"just under", NEARLY}, new String[] {"just over", MORE},
      new String[] {"alrededor de", ABOUT}, new String[] {"más de", MORE}, new String[] {"hasta", UP_TO},
      new String[] {"mehr als", MORE}, new String[] {"bis zu", UP_TO}, new String[] {"plus de", MORE},
      new String[] {"about", ABOUT}, new String[] {"around", ABOUT}, new String[] {"approximately", ABOUT},
      new String[] {"roughly", ABOUT}, new String[] {"some", ABOUT}, new String[] {"nearly", NEARLY},
      new String[] {"almost", NEARLY}, new String[] {"over", MORE}, new String[] {"above", MORE},
      new String[] {"under", UP_TO}, new String[] {"unos", ABOUT}, new String[] {"unas", ABOUT},
      new String[] {"aproximadamente", ABOUT}, new String[] {"casi", NEARLY}, new String[] {"etwa", ABOUT},
      new String[] {"rund", ABOUT}, new String[] {"fast", NEARLY}, new String[] {"mindestens", MORE},
      new String[] {"über", MORE}, new String[] {"environ", ABOUT}, new String[] {"presque", NEARLY},
      new String[] {"approx", ABOUT}, new String[] {"estimated", ABOUT}, new String[] {"an estimated", ABOUT});

  private Quantities() {}

  /** The value of a digit string as written ("10,000", "10 000", "2,5", "10k"), or NaN. */
  static double parseDigits(String raw) {
    Matcher m = DIGITS.matcher(raw.strip());
    if (!m.matches()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(TextAnalyzer.normalizeNumber(m.group(1)));
    String suffix = m.group(2);
    if (suffix != null) {
      v *= switch (suffix.toLowerCase(Locale.ROOT)) {
        case "k" -> 1e3;
        case "m", "mn" -> 1e6;
        default -> 1e9;
      };
    }
    return v;
  }

  /** The multiplier of a scale word ("million", "Millionen", "mil"), or 0. */
  static double scale(String word) {
    Double s = SCALES.get(word.toLowerCase(Locale.ROOT).replace(".", ""));
    return s == null ? 0 : s;
  }

  static boolean isNumberWord(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return UNITS.containsKey(l) || TENS.containsKey(l) || l.equals("hundred") || SCALES.containsKey(l)
        || l.contains("-") && allNumberWords(l.split("-"));
  }

  private static boolean allNumberWords(String[] parts) {
    for (String p : parts) {
      if (!UNITS.containsKey(p) && !TENS.containsKey(p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses English number words from {@code words[from]}: "ten thousand", "two hundred and forty",
   * "twenty-five", "a million". Returns {value, words used} or null when no number starts there.
   */
  static double[] parseWords(List<String> words, int from) {
    double total = 0;
    double group = 0;
    int i = from;
    boolean any = false;
    boolean onlyOne = true;
    while (i < words.size()) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      if (w.equals("a") && !any && i + 1 < words.size() && scale(words.get(i + 1)) >= 1e3) {
        group = 1;
        any = true;
        i++;
        continue;
      }
      if (w.equals("and") && any && i + 1 < words.size() && isNumberWord(words.get(i + 1))) {
        i++;
        continue;
      }
      Integer u = UNITS.get(w);
      Integer t = TENS.get(w);
      if (u != null) {
        group += u;
        onlyOne &= u == 1;
      } else if (t != null) {
        group += t;
        onlyOne = false;
      } else if (w.contains("-") && allNumberWords(w.split("-"))) {
        for (String p : w.split("-")) {
          group += UNITS.containsKey(p) ? UNITS.get(p) : TENS.get(p);
        }
        onlyOne = false;
      } else if (w.equals("hundred") && any) {
        group = Math.max(group, 1) * 100;
        onlyOne = false;
      } else if (scale(w) >= 1e3 && any) {
        total += Math.max(group, 1) * scale(w);
        group = 0;
        onlyOne = false;
      } else {
        break;
      }
      any = true;
      i++;
    }
    if (!any || onlyOne) {
      return null;
    }
    return new double[] {total + group, i - from};
  }

  /** The approximation marker among the (lower case) words just before a number, or EXACT. */
  static String marker(List<String> before) {
    for (String[] m : MARKERS) {
      String[] parts = m[0].split(" ");
      if (parts.length > before.size()) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < parts.length && match; k++) {
        match = before.get(before.size() - parts.length + k).equalsIgnoreCase(parts[k]);
      }
      if (match) {
        return m[1];
      }
    }
    return EXACT;
  }

  /** A mantissa and scale word as written: "13.9 billion", "$2.5m", "10k". */
  private static final Pattern SCALED = Pattern.compile(
      "(\\d+(?:[.,]\\d+)?)\\s*(?:k|K|m|mn|bn|thousand|million|billion|trillion|Millionen|millones|Milliarden)\\b");

  /**
   * How far an exact-looking figure written with a scale word may be from the real value: half its last
   * written digit. "$13 billion" is any value from 12.5 to 13.5 billion, so it agrees with "$13.2
   * billion" but not "$13.9 billion". Figures without a scale word are taken as written.
   */
  static double rounding(String raw, double value, String marker) {
    if (!EXACT.equals(marker) || raw == null) {
      return 0;
    }
    Matcher m = SCALED.matcher(raw);
    if (!m.find()) {
      return 0;
    }
    String mantissa = m.group(1);
    double written = Double.parseDouble(mantissa.replace(',', '.'));
    if (written <= 0) {
      return 0;
    }
    int decimals = mantissa.contains(".") || mantissa.contains(",") ? mantissa.length() - Math.max(mantissa.indexOf('.'),
        mantissa.indexOf(',')) - 1 : 0;
    return 0.5 * Math.pow(10, -decimals) * (value / written);
  }

  /** The interval of values a figure with this marker agrees with: {low, high}. */
  static double[] interval(double v, String marker) {
    return switch (marker) {
      case ABOUT -> new double[] {v * 0.9, v * 1.1};
      case MORE -> new double[] {v, v * 3};
      case UP_TO -> new double[] {v * 0.5, v};
      case NEARLY -> new double[] {v * 0.85, v};
      default -> new double[] {v, v};
    };
  }

  /** "10000", "2.5", "2500000": the plain decimal form of a value. */
  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
