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
import org.storyfold.text.TextAnalyzer;

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
  /** Tokens of a sentence: a digit run (Quantities.DIGITS), a word with its hyphens, a currency or punctuation mark. */
  private static final Pattern TOKEN = Pattern.compile(Quantities.DIGITS.pattern()
      + "|[\\p{L}][\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}]+)*|[$€£%]|[.;:!?,()\\[\\]“”\"«»„–—]");
  /** Month names and abbreviations (English, Spanish, German): a number beside one is a date. */
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
      "septiembre", "octubre", "noviembre", "diciembre", "januar", "februar", "märz", "mai", "juni", "juli",
      "oktober", "dezember");
  /** What follows a time of day: "4 a.m.", "11 PM", "16 h", "9 o'clock", "14 Uhr". */
  private static final Pattern TIME_AFTER = Pattern.compile("^\\s*(?:(?i:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|h\\b|hrs\\b|GMT|BST|CET|UTC|EST|EDT|PST|o['’]clock|Uhr)");
  /** The minutes of a clock time, "1:12" or tokenized "1: 12": a colon after an hour. */
  private static final Pattern CLOCK_BEFORE = Pattern.compile("\\d\\s?:\\s?$");
  /** The hour of a clock time, "1:12": a colon and minutes after it. */
  private static final Pattern CLOCK_AFTER = Pattern.compile("^\\s?:\\s?\\d\\d");
  /** Adverbs that make a figure a rate, to the period they name: "daily" is per day. */
  private static final Map<String, String> RATE_WORDS = Map.ofEntries(Map.entry("daily", "day"),
      Map.entry("weekly", "week"), Map.entry("monthly", "month"), Map.entry("annually", "year"),
      Map.entry("yearly", "year"), Map.entry("täglich", "day"), Map.entry("diarios", "day"),
      Map.entry("diarias", "day"));
  /** Period nouns after "a", "per", "every" (English, Spanish, German, French), to one period name. */
  private static final Map<String, String> PERIODS = Map.ofEntries(Map.entry("day", "day"), Map.entry("week", "week"),
      Map.entry("month", "month"), Map.entry("year", "year"), Map.entry("hour", "hour"), Map.entry("día", "day"),
      Map.entry("dia", "day"), Map.entry("semana", "week"), Map.entry("mes", "month"), Map.entry("año", "year"),
      Map.entry("tag", "day"), Map.entry("woche", "week"), Map.entry("monat", "month"), Map.entry("jahr", "year"),
      Map.entry("jour", "day"));
  /** Words after "a day", "an hour" that make it a point in time, not a rate: "an hour later", "a day before". */
  private static final Set<String> NOT_RATE_AFTER = Set.of("later", "earlier", "ago", "after", "before", "afterwards");
  /** Words before a period that make a rate: "a day", "per week", "cada día", "pro Tag". */
  private static final Set<String> RATE_LEADS = Set.of("a", "an", "per", "every", "each", "al", "por", "cada",
      "pro", "am", "im", "par");
  /** Currency names after a number, to their sign: "14 millones de euros" is in euros. */
  private static final Map<String, String> CURRENCY_WORDS = Map.of("dollars", "$", "dollar", "$", "euros", "€",
      "euro", "€", "pounds", "£", "dólares", "$");
  /** Percent written as words in the languages the engine meets. */
  private static final Set<String> PERCENT = Set.of("percent", "per cent", "por ciento", "prozent", "pour cent");

  /** Units of measurement written right after the number, "km/h" included. */
  private static final Pattern MEASURE = Pattern.compile("^[\\s\u00A0]*(km/h|m/s|mph|km|mm|cm|kg|kWh|MW|GW|ha|°C|°F)(?![\\p{L}/])");
  /** Spelled-out units to their symbol, so "85 millimetres" and "85 mm" are one unit. */
  private static final Map<String, String> UNIT_ALIASES = Map.ofEntries(Map.entry("millimetre", "mm"),
      Map.entry("millimeter", "mm"), Map.entry("centimetre", "cm"), Map.entry("centimeter", "cm"),
      Map.entry("kilometre", "km"), Map.entry("kilometer", "km"), Map.entry("metre", "m"), Map.entry("meter", "m"),
      Map.entry("kilogram", "kg"), Map.entry("kilo", "kg"), Map.entry("tonne", "t"), Map.entry("ton", "t"),
      Map.entry("hectare", "ha"), Map.entry("litre", "l"), Map.entry("liter", "l"), Map.entry("mile", "mi"),
      Map.entry("kilómetro", "km"), Map.entry("milímetro", "mm"), Map.entry("litro", "l"), Map.entry("euro", "€"),
      Map.entry("dollar", "$"));

  /** Words kept either side of a number as its context: a clause's worth, enough to tell what is counted. */
  private static final int CONTEXT_WORDS = 8;
  /** Relative slack when comparing interval ends, so that rounding in parsed decimals never splits equal values. */
  private static final double EPSILON = 1e-7;
  /**
   * Values from 13 up are distinctive enough to match on their own (same noun, or across languages);
   * twelve and below ("two hours", "three people") recur in any story, so they also need context.
   */
  private static final int DISTINCTIVE = 13;
  /** Figures more than three times apart count different things ("3 dead" vs "30 injured"), not a dispute. */
  private static final double MAX_RATIO = 3;
  /**
   * Money, sizes and percentages say little about their subject in the noun ("deal", "GB"), so two of
   * them dispute only with three shared context words besides it (whose deal, which drive).
   */
  private static final int AMOUNT_CONTEXT = 3;
  /** Distances are rounded and converted ("58 km (36 miles)" beside "35 miles"): 10% apart is the same. */
  private static final double DISTANCE_SLACK = 0.1;

  private Figures() {}

  /** One token of a sentence: a number, a word or a punctuation mark, with its character span. */
  record Tok(String text, int start, int end, boolean num, boolean word) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  /** A number read at a token: its value, the token after it, and the noun of a compound ("ten-day"). */
  private record Num(double value, int next, String hyphenNoun) {}

  /** The figures of one sentence. */
  static List<Figure> find(TextAnalyzer analyzer, String article, String language, String sentence, int position) {
    return find(new Stems(analyzer), article, language, sentence, position);
  }

  /** The figures of one sentence, stemming through a story's memo. */
  static List<Figure> find(Stems analyzer, String article, String language, String sentence, int position) {
    List<Tok> toks = tokens(sentence);
    List<Figure> out = new ArrayList<>();
    String time = Subjects.time(sentence);
    for (int i = 0; i < toks.size(); i++) {
      Num n = number(toks, i);
      if (n == null) {
        continue;
      }
      if (notAQuantity(toks, i, n.next(), sentence)) {
        i = n.next() - 1;
        continue;
      }
      Figure f = figure(analyzer, toks, i, n, article, language, sentence, position, time);
      if (f != null) {
        out.add(f);
      }
      i = n.next() - 1;
    }
    return out;
  }

  static List<Tok> tokens(String sentence) {
    List<Tok> toks = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      String t = m.group();
      boolean num = Character.isDigit(t.charAt(0));
      toks.add(new Tok(t, m.start(), m.end(), num, !num && Character.isLetter(t.charAt(0))));
    }
    return toks;
  }

  /** The number starting at token i (digits, number words, "ten-day"), times a following scale word. */
  private static Num number(List<Tok> toks, int i) {
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
        return null;
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
        return null;
      }
      value = w[0];
      next = i + (int) w[1];
    } else {
      return null;
    }
    if (Double.isNaN(value)) {
      return null;
    }
    if (next < toks.size() && toks.get(next).word() && Quantities.scale(toks.get(next).text()) >= 1e3) {
      value *= Quantities.scale(toks.get(next).text());
      next++;
    }
    return new Num(value, next, hyphenNoun);
  }

  /** Dates, times, years, ordinals, addresses, phone numbers, scores and ranges: numbers that count nothing. */
  private static boolean notAQuantity(List<Tok> toks, int i, int next, String sentence) {
    Tok t = toks.get(i);
    boolean money = i > 0 && "$€£".contains(toks.get(i - 1).text());
    return isDateOrTime(toks, i, next, sentence) || t.num() && isYear(t.text(), Quantities.parseDigits(t.text())) && !money
        || Subjects.isTimesCompound(sentence, toks.get(next - 1))
        || t.num() && (Subjects.isOrdinal(sentence, t) || Subjects.isCode(sentence, t)
        || Subjects.isAddress(toks, i, next));
  }

  /** The figure at token i, or null when the number alone says too little to compare. */
  private static Figure figure(Stems analyzer, List<Tok> toks, int i, Num n, String article, String language,
                               String sentence, int position, String time) {
    Tok t = toks.get(i);
    int next = n.next();
    List<String> before = new ArrayList<>();
    for (int k = Math.max(0, i - 3); k < i; k++) {
      before.add(toks.get(k).lower());
    }
    String marker = Quantities.marker(before);
    int rawStart = marker.isEmpty() ? t.start() : toks.get(i - markerLength(before)).start();
    String unit = i > 0 && "$€£".contains(toks.get(i - 1).text()) ? toks.get(i - 1).text() : null;
    int[] unitAfter = unitAfter(toks, next);
    if (unitAfter[1] > 0) {
      unit = unitAfter[1] == 1 ? "%" : CURRENCY_WORDS.get(toks.get(next + unitAfter[0] - 1).lower());
      next += unitAfter[0];
    }
    String[] noun = {n.hyphenNoun()};
    int end = nounAfter(toks, i, next, sentence, unit, noun);
    String rate = rateAfter(toks, next);
    boolean amount = unit != null || rate != null || noun[0] != null && (MEASURE.matcher(" " + noun[0]).matches()
        || UNIT_ALIASES.containsKey(Words.lemma(noun[0])));
    Figure.About about = Subjects.about(toks, i, end, sentence, noun[0], amount, time);
    boolean age = about.type() == Figure.Type.AGE;
    if (!age && n.value() <= 2 && marker.isEmpty() && unit == null && rate == null && about.measure() == null) {
      return null; // "two countries", "two sides": counting words, not figures ("two were killed" is one)
    }
    if (!age && noun[0] == null && unit == null && rate == null && n.value() < 1000 && about.measure() == null) {
      return null; // "about four in the afternoon", "at 24,": a number alone says too little to compare
    }
    if (age) {
      noun[0] = "year-old"; // "38-year-old", "38 - year - old", "Reid, 33,": one way to name an age
    }
    String nounLemma = noun[0] == null ? null : UNIT_ALIASES.getOrDefault(Words.lemma(noun[0]), Words.lemma(noun[0]));
    String nounStem = null;
    if (noun[0] != null && UNIT_ALIASES.containsValue(nounLemma) || MEASURE.matcher(" " + nounLemma).matches()) {
      nounStem = nounLemma; // "mm" for "millimetres" and "mm" alike
    } else if (noun[0] != null) {
      Set<String> st = analyzer.of(List.of(noun[0]), language);
      nounStem = st.isEmpty() ? nounLemma : st.iterator().next();
    }
    List<String> window = new ArrayList<>();
    for (int k = Math.max(0, i - CONTEXT_WORDS); k < Math.min(toks.size(), end + CONTEXT_WORDS); k++) {
      if (toks.get(k).word() && !Quantities.isNumberWord(toks.get(k).text())) {
        window.add(toks.get(k).text());
      }
    }
    Set<String> context = new HashSet<>(analyzer.of(window, language));
    int rawEnd = end > i ? toks.get(end - 1).end() : t.end();
    return new Figure(article, language, sentence, position, sentence.substring(rawStart, rawEnd), n.value(), marker,
        nounLemma, nounStem, rate, unit, context, about);
  }

  /** {tokens used, 1 for a percent or 2 for a currency word} after the number, or {0, 0}. */
  private static int[] unitAfter(List<Tok> toks, int next) {
    if (next >= toks.size()) {
      return new int[] {0, 0};
    }
    String n1 = toks.get(next).lower();
    String n2 = next + 1 < toks.size() ? n1 + " " + toks.get(next + 1).lower() : n1;
    if (n1.equals("%") || PERCENT.contains(n1)) {
      return new int[] {1, 1};
    }
    if (PERCENT.contains(n2)) {
      return new int[] {2, 1};
    }
    if (CURRENCY_WORDS.containsKey(n1)) {
      return new int[] {1, 2};
    }
    if (n1.equals("de") && next + 1 < toks.size() && CURRENCY_WORDS.containsKey(toks.get(next + 1).lower())) {
      return new int[] {2, 2}; // "14 millones de euros"
    }
    return new int[] {0, 0};
  }

  /**
   * The counted noun after the number, written into {@code noun[0]} unless a compound or unit already
   * named it; returns the token index where the figure's words end.
   */
  private static int nounAfter(List<Tok> toks, int i, int next, String sentence, String unit, String[] noun) {
    int end = next;
    Tok t = toks.get(i);
    Matcher measure = MEASURE.matcher(sentence.substring(toks.get(next - 1).end()));
    if (noun[0] == null && unit == null && measure.find()) {
      noun[0] = measure.group(1);
      int stop = toks.get(next - 1).end() + measure.end();
      while (end < toks.size() && toks.get(end).start() < stop) {
        end++;
      }
      return end;
    }
    if (noun[0] == null && t.num() && next == i + 1 && next < toks.size() && toks.get(next).word()
        && toks.get(next).start() == t.end() + 1 && sentence.charAt(t.end()) == '-') {
      noun[0] = toks.get(next).text(); // "67-year-old", "10-day": the compound is the counted thing
      return next + 1;
    }
    if (noun[0] != null) {
      return end;
    }
    for (int k = next; k < toks.size() && k < next + 3; k++) {
      Tok w = toks.get(k);
      String lw = w.lower();
      boolean lowerOrAbbrev = w.word() && (Character.isLowerCase(w.text().charAt(0))
          || w.text().equals(w.text().toUpperCase(Locale.ROOT)) && w.text().length() <= 4);
      if (!lowerOrAbbrev || Words.isStop(lw) || Quantities.isNumberWord(lw) || RATE_WORDS.containsKey(lw)
          || Subjects.isEventWord(lw) && (lw.endsWith("ed") || noun[0] == null && !lw.endsWith("s"))
          || noun[0] != null && lw.endsWith("ed")) {
        break; // "... driver died": a past tense after the noun is the verb
      }
      noun[0] = w.text();
      end = k + 1;
      if (lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss")) {
        break; // a plural ends the counted phrase: "1,000 miles south" counts miles
      }
    }
    return end;
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
    return TIME_AFTER.matcher(sentence.substring(end)).find() || CLOCK_BEFORE.matcher(sentence.substring(0, toks.get(i).start())).find()
        || CLOCK_AFTER.matcher(sentence.substring(end)).find();
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
        String after = k + 2 < toks.size() ? toks.get(k + 2).lower() : "";
        if (PERIODS.containsKey(p) && !NOT_RATE_AFTER.contains(after)) { // "an hour later" is a time, not a rate
          return PERIODS.get(p);
        }
      }
    }
    return null;
  }

  /** Whether two figures give compatible values for the same counted thing. */
  static boolean agree(Figure a, Figure b) {
    if (a.low() > b.high() * (1 + EPSILON) || b.low() > a.high() * (1 + EPSILON)) {
      return false;
    }
    if (!Objects.equals(a.unit(), b.unit()) || !sameAbout(a.about(), b.about())) {
      return false;
    }
    if (a.rate() != null && b.rate() != null && !a.rate().equals(b.rate())) {
      return false;
    }
    if (!Objects.equals(a.language(), b.language())) {
      return a.value() == b.value() && a.value() >= DISTINCTIVE && !a.article().equals(b.article());
    }
    int shared = Words.intersection(a.context(), b.context());
    boolean sameNoun = a.nounStem() != null && a.nounStem().equals(b.nounStem());
    if (sameNoun) {
      return a.value() >= DISTINCTIVE || shared >= 2;
    }
    boolean oneNounMissing = a.nounStem() == null || b.nounStem() == null;
    if (a.rate() != null && a.rate().equals(b.rate())) {
      return shared >= 1 || oneNounMissing;
    }
    return oneNounMissing && shared >= 2 && a.value() >= DISTINCTIVE;
  }

  /** Same type, same time, and no contradiction in measure or subject where both are known. */
  private static boolean sameAbout(Figure.About a, Figure.About b) {
    return a.type() == b.type() && Objects.equals(a.time(), b.time()) && Objects.equals(a.measure(), b.measure())
        && (a.type() != Figure.Type.AGE || Objects.equals(a.subject(), b.subject()));
  }

  /**
   * Whether two figures give incompatible values for one quantity: the same type (never a duration),
   * the story's own time (not a recalled or retracted figure), the same measure and subject, unit,
   * rate and language, value intervals apart and within a factor of {@link #MAX_RATIO}. An age needs a
   * known person on both sides; a count also needs shared context words besides its noun.
   */
  static boolean conflict(Figure a, Figure b) {
    Figure.About x = a.about();
    Figure.About y = b.about();
    if (x.type() != y.type() || x.type() == Figure.Type.DURATION || x.time() != null || y.time() != null
        || !Objects.equals(x.measure(), y.measure()) || !Objects.equals(x.subject(), y.subject())
        || !Objects.equals(a.unit(), b.unit()) || !Objects.equals(a.rate(), b.rate())
        || !Objects.equals(a.language(), b.language())) {
      return false;
    }
    boolean apart = a.low() > b.high() * (1 + EPSILON) || b.low() > a.high() * (1 + EPSILON);
    double ratio = Math.max(a.value(), b.value()) / Math.max(1e-9, Math.min(a.value(), b.value()));
    if (!apart || ratio > MAX_RATIO) {
      return false;
    }
    if (x.type() == Figure.Type.AGE) {
      return x.subject() != null;
    }
    if (x.type() == Figure.Type.COUNT && x.measure() == null) {
      return false; // "10 games" and "23 games": without the event counted, two counts say nothing of each other
    }
    if (x.place() != null && y.place() != null && !x.place().equals(y.place())) {
      return false; // "five died in Aceh", "12 were killed in Bener Meriah district": parts, not the whole
    }
    if (a.nounStem() == null || !a.nounStem().equals(b.nounStem())) {
      return false;
    }
    if ("distance".equals(x.measure())) {
      return x.subject() != null && ratio > 1 + DISTANCE_SLACK; // the same place measured from, not rounding
    }
    Set<String> ca = new HashSet<>(a.context());
    ca.remove(a.nounStem());
    Set<String> cb = new HashSet<>(b.context());
    cb.remove(b.nounStem());
    int shared = Words.intersection(ca, cb);
    if (x.type() == Figure.Type.AMOUNT) {
      return shared >= AMOUNT_CONTEXT; // a sum or size: "$13 billion acquisition of Electronic Data Systems"
    }
    return shared >= 2 || shared >= 1 && Math.min(a.value(), b.value()) >= 10;
  }

  /** The key of figures that can only be compared with each other: kind, measure, subject, unit, rate, language. */
  static String comparable(Figure f) {
    Figure.About a = f.about();
    return a.type() + "|" + a.measure() + "|" + a.subject() + "|" + f.nounStem() + "|" + f.unit() + "|" + f.rate()
        + "|" + f.language();
  }
}
