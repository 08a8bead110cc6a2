package org.storyfold.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * Figures in a sentence, and when two figures say the same thing.
 *
 * A figure is a number (digits or English number words, with a scale word such as "million"), the
 * approximation marker before it, a unit (%, currency) and the counted thing: the head noun of the
 * words that follow ("10,000 irregular border crossings" counts crossings; "240 workers and" counts
 * workers), plus a rate when the clause says "a day", "per week", "every day", "daily". Dates, times
 * of day and years are not figures, nor are bare ones and twos ("the two countries") unless a marker,
 * unit or rate makes them a measurement ("more than two hours"), nor small numbers that count nothing
 * named ("about four in the afternoon"). Units of measurement are normalized ("85 millimetres" and
 * "85 mm" are both "85 mm"). The words around the number (eight either side) are kept as
 * stemmed terms: they tell what is counted when the noun is missing ("around 10,000 a day") or
 * differs ("10,000 people were crossing" / "10,000 crossings by migrants").
 *
 * Two figures agree when their value intervals overlap (see Quantities.interval), their units and
 * rates do not contradict, and there is evidence they count the same thing: the same counted noun
 * (for small numbers also a shared context word, since "two hours" is said of many things), the same
 * rate with a shared context word or with one noun missing, two shared context words when a noun is
 * missing, or an identical distinctive value (>= 13) across languages, where words cannot be compared.
 * Two figures conflict when they count the same noun in a shared context, neither interval overlaps
 * the other, and the values are within a factor of three (a bigger gap means different things).
 */
final class Figures {
  private static final Pattern TOKEN = Pattern.compile(Quantities.DIGITS.pattern()
      + "|[\\p{L}][\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}]+)*|[$€£%]|[.;:!?,()\\[\\]“”\"«»„–—]");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
      "septiembre", "octubre", "noviembre", "diciembre", "januar", "februar", "märz", "mai", "juni", "juli",
      "oktober", "dezember");
  private static final Pattern TIME_AFTER = Pattern.compile("^\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|h\\b|hrs\\b|GMT|BST|CET|UTC|o['’]clock|Uhr)");
  private static final Map<String, String> RATE_WORDS = Map.ofEntries(Map.entry("daily", "day"),
      Map.entry("weekly", "week"), Map.entry("monthly", "month"), Map.entry("annually", "year"),
      Map.entry("yearly", "year"), Map.entry("täglich", "day"), Map.entry("diarios", "day"),
      Map.entry("diarias", "day"));
  private static final Map<String, String> PERIODS = Map.ofEntries(Map.entry("day", "day"), Map.entry("week", "week"),
      Map.entry("month", "month"), Map.entry("year", "year"), Map.entry("hour", "hour"), Map.entry("día", "day"),
      Map.entry("dia", "day"), Map.entry("semana", "week"), Map.entry("mes", "month"), Map.entry("año", "year"),
      Map.entry("tag", "day"), Map.entry("woche", "week"), Map.entry("monat", "month"), Map.entry("jahr", "year"),
      Map.entry("jour", "day"));
  private static final Set<String> RATE_LEADS = Set.of("a", "an", "per", "every", "each", "al", "por", "cada",
      "pro", "am", "im", "par");
  private static final Map<String, String> CURRENCY_WORDS = Map.of("dollars", "$", "dollar", "$", "euros", "€",
      "euro", "€", "pounds", "£", "dólares", "$");
  private static final Set<String> PERCENT = Set.of("percent", "per cent", "por ciento", "prozent", "pour cent");

  /** Units of measurement written right after the number, "km/h" included. */
  private static final Pattern MEASURE = Pattern.compile("^[\\s\u00A0]*(km/h|m/s|mph|km|mm|cm|kg|kWh|MW|GW|ha|°C|°F)(?![\\p{L}/])");
  private static final Map<String, String> UNIT_ALIASES = Map.ofEntries(Map.entry("millimetre", "mm"),
      Map.entry("millimeter", "mm"), Map.entry("centimetre", "cm"), Map.entry("centimeter", "cm"),
      Map.entry("kilometre", "km"), Map.entry("kilometer", "km"), Map.entry("metre", "m"), Map.entry("meter", "m"),
      Map.entry("kilogram", "kg"), Map.entry("kilo", "kg"), Map.entry("tonne", "t"), Map.entry("ton", "t"),
      Map.entry("hectare", "ha"), Map.entry("litre", "l"), Map.entry("liter", "l"), Map.entry("mile", "mi"),
      Map.entry("kilómetro", "km"), Map.entry("milímetro", "mm"), Map.entry("litro", "l"), Map.entry("euro", "€"),
      Map.entry("dollar", "$"));

  private Figures() {}

  private record Tok(String text, int start, int end, boolean num, boolean word) {}

  /** The figures of one sentence. */
  static List<Figure> find(String article, String language, String sentence, int position) {
    List<Tok> toks = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String t = m.group();
      boolean num = Character.isDigit(t.charAt(0));
      toks.add(new Tok(t, m.start(), m.end(), num, !num && Character.isLetter(t.charAt(0))));
    }
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      Tok t = toks.get(i);
      double value;
      int next;
      String hyphenNoun = null;
      if (t.num()) {
        value = Quantities.parseDigits(t.text());
        next = i + 1;
      } else if (t.word() && t.text().contains("-") && Quantities.isNumberWord(t.text().split("-")[0])
          && !Quantities.isNumberWord(t.text())) {
        double[] w = Quantities.parseWords(List.of(t.text().split("-")[0]), 0);
        if (w == null) {
          continue;
        }
        value = w[0];
        next = i + 1;
        hyphenNoun = t.text().substring(t.text().indexOf('-') + 1);
      } else if (t.word() && Quantities.isNumberWord(t.text())) {
        List<String> words = new ArrayList<>();
        for (int k = i; k < toks.size() && toks.get(k).word(); k++) {
          words.add(toks.get(k).text());
        }
        double[] w = Quantities.parseWords(words, 0);
        if (w == null) {
          continue;
        }
        value = w[0];
        next = i + (int) w[1];
      } else {
        continue;
      }
      if (Double.isNaN(value)) {
        continue;
      }
      if (next < toks.size() && toks.get(next).word() && Quantities.scale(toks.get(next).text()) >= 1e3) {
        value *= Quantities.scale(toks.get(next).text());
        next++;
      }
      if (isDateOrTime(toks, i, next, sentence) || t.num() && isYear(t.text(), value)
          && !(i > 0 && "$€£".contains(toks.get(i - 1).text()))) {
        i = next - 1;
        continue;
      }
      List<String> before = new ArrayList<>();
      for (int k = Math.max(0, i - 3); k < i; k++) {
        before.add(toks.get(k).text().toLowerCase(Locale.ROOT));
      }
      String marker = Quantities.marker(before);
      int rawStart = t.start();
      if (!marker.isEmpty()) {
        rawStart = toks.get(i - markerLength(before)).start();
      }
      String unit = null;
      if (i > 0 && "$€£".contains(toks.get(i - 1).text())) {
        unit = toks.get(i - 1).text();
      }
      if (next < toks.size()) {
        String n1 = toks.get(next).text().toLowerCase(Locale.ROOT);
        String n2 = next + 1 < toks.size() ? n1 + " " + toks.get(next + 1).text().toLowerCase(Locale.ROOT) : n1;
        if (n1.equals("%") || PERCENT.contains(n1)) {
          unit = "%";
          next++;
        } else if (PERCENT.contains(n2)) {
          unit = "%";
          next += 2;
        } else if (CURRENCY_WORDS.containsKey(n1)) {
          unit = CURRENCY_WORDS.get(n1);
          next++;
        } else if (n1.equals("de") && next + 1 < toks.size()
            && CURRENCY_WORDS.containsKey(toks.get(next + 1).text().toLowerCase(Locale.ROOT))) {
          unit = CURRENCY_WORDS.get(toks.get(next + 1).text().toLowerCase(Locale.ROOT)); // "14 millones de euros"
          next += 2;
        }
      }
      String noun = hyphenNoun;
      int end = next;
      Matcher measure = MEASURE.matcher(sentence.substring(toks.get(next - 1).end()));
      if (noun == null && unit == null && measure.find()) {
        noun = measure.group(1);
        int stop = toks.get(next - 1).end() + measure.end();
        while (end < toks.size() && toks.get(end).start() < stop) {
          end++;
        }
      }
      if (noun == null && t.num() && next == i + 1 && next < toks.size() && toks.get(next).word()
          && toks.get(next).start() == t.end() + 1 && sentence.charAt(t.end()) == '-') {
        noun = toks.get(next).text(); // "67-year-old", "10-day": the compound is the counted thing
        end = next + 1;
      }
      if (noun == null) {
        for (int k = next; k < toks.size() && k < next + 3; k++) {
          Tok w = toks.get(k);
          String lw = w.text().toLowerCase(Locale.ROOT);
          boolean lowerOrAbbrev = w.word() && (Character.isLowerCase(w.text().charAt(0))
              || w.text().equals(w.text().toUpperCase(Locale.ROOT)) && w.text().length() <= 4);
          if (!lowerOrAbbrev || Words.isStop(lw) || Quantities.isNumberWord(lw) || RATE_WORDS.containsKey(lw)
              || noun != null && lw.endsWith("ed")) {
            break; // "... driver died": a past tense after the noun is the verb
          }
          noun = w.text();
          end = k + 1;
          if (lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss")) {
            break; // a plural ends the counted phrase: "1,000 miles south" counts miles
          }
        }
      }
      String rate = rateAfter(toks, next);
      if (value <= 2 && marker.isEmpty() && unit == null && rate == null) {
        i = next - 1;
        continue; // "two countries", "two sides": counting words, not figures
      }
      if (noun == null && unit == null && rate == null && value < 1000) {
        i = next - 1;
        continue; // "about four in the afternoon", "Marić, 24,": a number alone says too little to compare
      }
      String nounLemma = noun == null ? null : UNIT_ALIASES.getOrDefault(Words.lemma(noun), Words.lemma(noun));
      String nounStem = null;
      if (noun != null && UNIT_ALIASES.containsValue(nounLemma) || MEASURE.matcher(" " + nounLemma).matches()) {
        nounStem = nounLemma; // "mm" for "millimetres" and "mm" alike
      } else if (noun != null) {
        Set<String> st = Words.terms(noun, language);
        nounStem = st.isEmpty() ? nounLemma : st.iterator().next();
      }
      StringBuilder window = new StringBuilder();
      for (int k = Math.max(0, i - 8); k < Math.min(toks.size(), end + 8); k++) {
        if (toks.get(k).word() && !Quantities.isNumberWord(toks.get(k).text())) {
          window.append(toks.get(k).text()).append(' ');
        }
      }
      Set<String> context = new HashSet<>(Words.terms(window.toString(), language));
      int rawEnd = end > i ? toks.get(end - 1).end() : t.end();
      out.add(new Figure(article, language, sentence, position, sentence.substring(rawStart, rawEnd), value, marker,
          nounLemma, nounStem, rate, unit, context));
      i = next - 1;
    }
    return out;
  }

  private static int markerLength(List<String> before) {
    for (int len = Math.min(3, before.size()); len >= 1; len--) {
      if (!Quantities.marker(before.subList(before.size() - len, before.size())).isEmpty()
          && (len == 1 || Quantities.marker(before.subList(before.size() - len + 1, before.size())).isEmpty()
          || len == 2)) {
        return len;
      }
    }
    return 1;
  }

  private static boolean isYear(String raw, double value) {
    return raw.matches("\\d{4}") && value >= 1800 && value <= 2100;
  }

  private static boolean isDateOrTime(List<Tok> toks, int i, int next, String sentence) {
    String prev = i > 0 ? toks.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
    String prev2 = i > 1 ? toks.get(i - 2).text().toLowerCase(Locale.ROOT) : "";
    String after = next < toks.size() ? toks.get(next).text().toLowerCase(Locale.ROOT) : "";
    String after2 = next + 1 < toks.size() ? toks.get(next + 1).text().toLowerCase(Locale.ROOT) : "";
    if (prev.equals("las") || prev.equals("um") || MONTHS.contains(prev) || prev.equals(".") && MONTHS.contains(prev2) || MONTHS.contains(after)
        || (after.equals("de") || after.equals(".")) && MONTHS.contains(after2)) {
      return true;
    }
    int end = toks.get(next - 1).end();
    return TIME_AFTER.matcher(sentence.substring(end)).find();
  }

  /** "a day", "per week", "every day", "daily", "al día" within the clause after the number. */
  private static String rateAfter(List<Tok> toks, int from) {
    for (int k = from; k < toks.size() && k < from + 12; k++) {
      Tok t = toks.get(k);
      String l = t.text().toLowerCase(Locale.ROOT);
      if (t.num() || ".;:!?".contains(l) && !t.word()) {
        return null;
      }
      if (RATE_WORDS.containsKey(l)) {
        return RATE_WORDS.get(l);
      }
      if (RATE_LEADS.contains(l) && k + 1 < toks.size()) {
        String p = Words.fold(toks.get(k + 1).text());
        if (PERIODS.containsKey(p)) {
          return PERIODS.get(p);
        }
      }
    }
    return null;
  }

  /** Whether two figures give compatible values for the same counted thing. */
  static boolean agree(Figure a, Figure b) {
    if (a.low() > b.high() * 1.0000001 || b.low() > a.high() * 1.0000001) {
      return false;
    }
    if (!Objects.equals(a.unit(), b.unit())) {
      return false;
    }
    if (a.rate() != null && b.rate() != null && !a.rate().equals(b.rate())) {
      return false;
    }
    if (!Objects.equals(a.language(), b.language())) {
      return a.value() == b.value() && a.value() >= 13 && !a.article().equals(b.article());
    }
    int shared = Words.intersection(a.context(), b.context());
    boolean sameNoun = a.nounStem() != null && a.nounStem().equals(b.nounStem());
    if (sameNoun) {
      return a.value() >= 13 || shared >= 2;
    }
    boolean oneNounMissing = a.nounStem() == null || b.nounStem() == null;
    if (a.rate() != null && a.rate().equals(b.rate())) {
      return shared >= 1 || oneNounMissing;
    }
    return oneNounMissing && shared >= 2 && a.value() >= 13;
  }

  /** Whether two figures count the same thing with incompatible values. */
  static boolean conflict(Figure a, Figure b) {
    if (a.nounStem() == null || !a.nounStem().equals(b.nounStem()) || !Objects.equals(a.unit(), b.unit())
        || !Objects.equals(a.rate(), b.rate()) || !Objects.equals(a.language(), b.language())) {
      return false;
    }
    boolean apart = a.low() > b.high() * 1.0000001 || b.low() > a.high() * 1.0000001;
    double ratio = Math.max(a.value(), b.value()) / Math.max(1e-9, Math.min(a.value(), b.value()));
    Set<String> ca = new HashSet<>(a.context());
    ca.remove(a.nounStem());
    Set<String> cb = new HashSet<>(b.context());
    cb.remove(b.nounStem());
    int shared = Words.intersection(ca, cb);
    return apart && ratio <= 3 && (shared >= 2 || shared >= 1 && Math.min(a.value(), b.value()) >= 10);
  }
}
