package org.storyfold.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/*
 * What a figure is about: what is counted or measured, of whom, and when; and which numbers are not
 * quantities at all.
 *
 * Local news puts many numbers in one paragraph that are not comparable: two people's ages, a
 * "19-year veteran" (a duration), "Northwest 172nd Terrace" (an ordinal in a street name), "1200 Main
 * Street" (an address), "555-0134" (a phone number), "a 5-19 start" (a score), and figures from an
 * earlier incident the article recalls ("the 2014 killing of a 12-year-old"). Two figures can dispute
 * each other only when they are the same kind of quantity about the same thing at the same time, so
 * each figure gets:
 *
 * - a type: count, age, duration, or amount (money, percentage, measurement);
 * - a measure for counts: the event the number counts, from the nearest event word after the number
 *   in its clause, else before it ("forcing the evacuation of 240 workers" counts evacuated; "two were
 *   killed and five injured" counts dead for two and injured for five);
 * - a subject: the counted noun, or for an age the person it belongs to: the name beside it ("Tara
 *   Reid, 33,", "38-year-old Anthony LaCalamita") or, unnamed, the noun with the role the sentence
 *   gives ("a 12-year-old girl was shot": girl/victim; "a 16-year-old boy was charged": boy/suspect).
 *   An unnamed person whose role the sentence does not tell has no subject and is never compared;
 * - a time: null for the story's own incident, the year or "past" when the sentence recalls an
 *   earlier one ("in 2008", "last year", "previously"), "retracted" when a correction withdraws it
 *   ("an earlier version of this story said").
 *
 * Rules, not a model: no library on Maven Central does quantity-subject attachment for news, and the
 * patterns above are the ones the local-news review of issue 16 found to make 93% of false disputes.
 */
final class Subjects {
  /** Event words to the measure they count, lower case, as written in English news. */
  private static final Map<String, String> MEASURES = measures();
  /** Nouns naming one person, for "a 12-year-old girl", "the 39-year-old Troy man". */
  private static final Set<String> PERSON_NOUNS = Set.of("man", "woman", "boy", "girl", "child", "teen", "teenager",
      "son", "daughter", "mother", "father", "person", "driver", "victim", "suspect", "student", "resident", "worker",
      "officer", "infant", "baby", "toddler", "youth", "male", "female", "gunman", "shooter", "brother", "sister",
      "wife", "husband", "grandmother", "grandfather", "passenger", "pedestrian", "motorcyclist", "cyclist");
  /** Words that make the person of an unnamed age a victim. */
  private static final Set<String> VICTIM_CUES = Set.of("victim", "killed", "shot", "wounded", "died", "dead",
      "injured", "hospital", "hospitalized", "hospitalised", "struck", "stabbed", "slain", "body", "death");
  /** Words that make the person of an unnamed age a suspect. */
  private static final Set<String> SUSPECT_CUES = Set.of("suspect", "charged", "arrested", "accused", "gunman",
      "shooter", "custody", "booked", "detained", "indicted", "convicted", "sentenced", "guilty", "jailed");
  /** Street types after a number and a name: "1200 Main Street", "4710 Northwest 172nd Terrace". */
  private static final Set<String> STREET_TYPES = Set.of("street", "st", "avenue", "ave", "road", "rd", "terrace",
      "drive", "dr", "lane", "ln", "boulevard", "blvd", "way", "court", "ct", "place", "pl", "highway", "hwy",
      "parkway", "pkwy", "circle", "trail", "square", "crescent", "close", "row", "alley", "pike", "plaza");
  /** Words before a number that make it a name or code, not a quantity: "Route 9", "No. 5", "Flight 370". */
  private static final Set<String> CODE_LEADS = Set.of("route", "no", "number", "flight", "interstate", "highway",
      "hwy", "room", "suite", "apartment", "apt", "unit", "lot", "gate", "platform", "channel", "exit", "pier",
      "berth", "dock", "bay", "building", "block", "district", "ward", "precinct", "box", "lane", "hall");
  /** Length-of-time nouns: a number of them is a duration, not a count. */
  private static final Set<String> DURATION_NOUNS = Set.of("second", "minute", "hour", "day", "week", "month", "year",
      "decade", "century", "season", "night", "term", "hours", "days", "weeks", "months", "years", "minutes",
      "seconds", "decades", "seasons", "nights", "terms", "year-long", "day-long", "hour-long");
  /** "-year-old", " - year - old", " years old", "-month-old": the number is an age. */
  private static final Pattern AGE_AFTER = Pattern.compile(
      "^\\s?-?\\s?(?:years?|yrs?|months?|weeks?)\\s?-\\s?olds?\\b|^\\s+years?\\s+old\\b", Pattern.CASE_INSENSITIVE);
  /** A sentence that withdraws a figure: the correction's "an earlier version of this story said". */
  private static final Pattern RETRACTED = Pattern.compile(
      "\\b(?:earlier|previous|original) version\\b|\\b(?:incorrectly|erroneously|wrongly|mistakenly)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A sentence that recalls an earlier incident: "in 2014", "the 2014 killing", "last year", "previously". */
  private static final Pattern RECALLED = Pattern.compile(
      "\\b(?:in|since|during|from|of|by)\\s+((?:19|20)\\d\\d)\\b(?!\\s*[-–]\\s*\\d)"
          + "|\\b((?:19|20)\\d\\d)\\s+(?:killing|shooting|death|attack|fire|crash|murder|case|earthquake|quake|storm"
          + "|flood|season|election|incident|riot|bombing|explosion|blast|accident|collapse|outbreak)\\b"
          + "|\\b(last (?:year|month|summer|winter|spring|fall|autumn)|years? ago|months ago|previous(?:ly)?"
          + "|earlier this (?:year|month)|in the past|a similar|another (?:incident|shooting|attack|fire)"
          + "|the last (?:\\w+ )?(?:quake|earthquake|storm|shooting|attack|fire|flood|time))\\b",
      Pattern.CASE_INSENSITIVE);
  /** "172nd", "11th", "1st": an ordinal suffix glued to the digits. */
  private static final Pattern ORDINAL = Pattern.compile("^(?:st|nd|rd|th)\\b", Pattern.CASE_INSENSITIVE);

  /** Tokens looked back for a verb governing the count ("killed at least six", "evacuation of 240"). */
  private static final int NEAR_BEFORE = 4;
  /** Tokens looked ahead for a passive verb or noun ("three workers were taken to hospital"). */
  private static final int AFTER = 8;
  /** Tokens looked back when nothing near or after names the event. */
  private static final int FAR_BEFORE = 6;
  /** "ten-year deal", "seven - year deal", "three hours": a number of time units is a duration. */
  private static final Pattern DURATION_AFTER = Pattern.compile(
      "^\\s?-?\\s?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|seasons?|nights?)\\b",
      Pattern.CASE_INSENSITIVE);
  /** "four-time all-star", "a five - time honoree": how often, not how many. */
  private static final Pattern TIMES_COMPOUND = Pattern.compile("^\\s?-\\s?times?\\b", Pattern.CASE_INSENSITIVE);

  /** Nouns after a place name that make it one part of a wider area: its count is not the total. */
  private static final Set<String> PARTS = Set.of("district", "province", "county", "village", "region", "municipality",
      "prefecture", "state", "neighbourhood", "neighborhood", "ward", "township", "parish");
  /** Prepositions that introduce where something happened. */
  private static final Set<String> PLACE_LEADS = Set.of("in", "at", "near", "off");
  /** Capitalized words after "in" that are times, not places: "in January", "on Monday". */
  private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "the", "a", "an");

  /** Units of length, after Figures' normalization ("miles" is "mi"). */
  private static final Set<String> DISTANCES = Set.of("mi", "km", "m", "cm", "mm", "mile", "kilometre", "foot", "feet",
      "yard", "metre", "meter");
  /**
   * Counted things that are not people, so "missed nine games because of the injury" counts no
   * injured: games, points, rounds and the like of sports reports, and votes and seats.
   */
  private static final Set<String> NOT_PEOPLE = Set.of("game", "match", "point", "goal", "yard", "run", "start", "round",
      "set", "inning", "lap", "win", "loss", "season", "touchdown", "rebound", "assist", "vote", "seat", "shot", "count", "charge");

  private Subjects() {}

  /** Whether a word names an event counted ("killed", "injured"): after a number it is the verb, not the noun. */
  static boolean isEventWord(String lower) {
    return MEASURES.containsKey(lower);
  }

  /** "four-time all-star": the number says how often, and is no quantity to compare. */
  static boolean isTimesCompound(String sentence, Figures.Tok t) {
    return TIMES_COMPOUND.matcher(sentence.substring(t.end())).find();
  }

  /** The time of a sentence's figures: null (the story's own), a recalled year or "past", or "retracted". */
  static String time(String sentence) {
    if (RETRACTED.matcher(sentence).find()) {
      return "retracted";
    }
    Matcher m = RECALLED.matcher(sentence);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "past";
  }

  static boolean isOrdinal(String sentence, Figures.Tok t) {
    return ORDINAL.matcher(sentence.substring(t.end())).find();
  }

  /** Phone numbers, scores, ranges, codes: digits glued by a hyphen or slash to other digits, or after "Route". */
  static boolean isCode(String sentence, Figures.Tok t) {
    int s = t.start();
    int e = t.end();
    boolean gluedBefore = s >= 2 && "-–/".indexOf(sentence.charAt(s - 1)) >= 0 && Character.isDigit(sentence.charAt(s - 2));
    boolean gluedAfter = e + 1 < sentence.length() && "-–/".indexOf(sentence.charAt(e)) >= 0
        && Character.isDigit(sentence.charAt(e + 1));
    boolean areaCode = s >= 1 && sentence.charAt(s - 1) == '(' && e < sentence.length() && sentence.charAt(e) == ')';
    String lead = sentence.substring(0, s).stripTrailing();
    int w = lead.length();
    while (w > 0 && Character.isLetter(lead.charAt(w - 1))) {
      w--;
    }
    boolean coded = w < lead.length() && CODE_LEADS.contains(lead.substring(w).toLowerCase(Locale.ROOT))
        && Character.isUpperCase(lead.charAt(w));
    boolean numberSign = lead.endsWith("No.") || lead.endsWith("#");
    return gluedBefore || gluedAfter || areaCode || coded || numberSign;
  }

  /** "1200 Main Street", "4710 NW 172nd Terrace", "the 1200 block of": a street number. */
  static boolean isAddress(List<Figures.Tok> toks, int i, int next) {
    if (next + 1 < toks.size() && toks.get(next).lower().equals("block") && toks.get(next + 1).lower().equals("of")) {
      return true;
    }
    for (int k = next; k < toks.size() && k < next + 5; k++) {
      Figures.Tok w = toks.get(k);
      if (k > next && STREET_TYPES.contains(w.lower().replace(".", "")) && Character.isUpperCase(w.text().charAt(0))) {
        return true;
      }
      boolean nameLike = w.word() && Character.isUpperCase(w.text().charAt(0)) || w.num()
          || ORDINAL.matcher(w.text()).matches();
      if (!nameLike) {
        return false;
      }
    }
    return false;
  }

  /** What the figure at token i (its words ending before token {@code end}) is about. */
  static Figure.About about(List<Figures.Tok> toks, int i, int end, String sentence, String noun, boolean amount,
                            String time) {
    String tail = sentence.substring(toks.get(Math.max(i, end - 1)).end());
    String lowerNoun = noun == null ? null : noun.toLowerCase(Locale.ROOT);
    boolean ageWords = lowerNoun != null && lowerNoun.matches("(?:years?|months?|weeks?)-olds?");
    if (ageWords || AGE_AFTER.matcher(sentence.substring(toks.get(i).end())).find()) {
      return new Figure.About(Figure.Type.AGE, "age", ageSubject(toks, i, end, sentence), time, null);
    }
    if (namedAge(toks, i, end)) {
      return new Figure.About(Figure.Type.AGE, "age", "name:" + Words.fold(toks.get(nameBefore(toks, i)).text()), time,
          null);
    }
    if (DURATION_AFTER.matcher(sentence.substring(toks.get(i).end())).find()
        || lowerNoun != null && (DURATION_NOUNS.contains(lowerNoun) || DURATION_NOUNS.contains(Words.lemma(lowerNoun))
        || lowerNoun.matches("(?:year|month|week|day|hour|minute)s?-\\p{L}+"))) {
      return new Figure.About(Figure.Type.DURATION, lowerNoun == null ? null : Words.lemma(lowerNoun), null, time, null);
    }
    if (amount) {
      String lemma = noun == null ? null : Words.lemma(noun);
      if (lemma != null && DISTANCES.contains(lemma)) {
        String from = reference(toks, end); // "35 miles from Xining": a distance is from somewhere
        return new Figure.About(Figure.Type.AMOUNT, "distance", from == null ? null : lemma + " from " + from, time,
            null);
      }
      return new Figure.About(Figure.Type.AMOUNT, null, lemma, time, place(toks, i));
    }
    String subject = noun == null ? null : people(Words.lemma(noun));
    String measure = subject != null && NOT_PEOPLE.contains(subject) ? null : measure(toks, i, end);
    return new Figure.About(Figure.Type.COUNT, measure, subject, time, place(toks, i));
  }

  /**
   * Where a count happened, when its sentence says: the capitalized name after the nearest "in", "at",
   * "near" or "off" after the number (else before it), folded: "five people died in Aceh" is "aceh",
   * "10 people were killed in neighbouring Central Aceh district" is "central aceh". Null when unsaid.
   */
  static String place(List<Figures.Tok> toks, int i) {
    String after = placeFrom(toks, i + 1, toks.size(), 1);
    return after != null ? after : placeFrom(toks, i - 1, -1, -1);
  }

  private static String placeFrom(List<Figures.Tok> toks, int from, int to, int step) {
    for (int k = from; k != to; k += step) {
      Figures.Tok w = toks.get(k);
      if (!w.word() && ".;:!?".contains(w.text())) {
        return null;
      }
      if (!PLACE_LEADS.contains(w.lower())) {
        continue;
      }
      StringBuilder run = new StringBuilder();
      int last = k;
      for (int m = k + 1; m < toks.size() && (m <= k + 5 || run.length() > 0); m++) {
        Figures.Tok n = toks.get(m);
        boolean capital = n.word() && Character.isUpperCase(n.text().charAt(0))
            && !NOT_PLACES.contains(Words.fold(n.text()));
        if (capital) {
          run.append(run.length() == 0 ? "" : " ").append(Words.fold(n.text()));
          last = m;
        } else if (run.length() > 0 || !(n.word() && (Words.isStop(n.lower()) || Character.isLowerCase(n.text().charAt(0))))) {
          break; // "in neighbouring Central Aceh": lower-case words before the name are passed over
        }
      }
      if (run.length() > 0) {
        boolean part = last + 1 < toks.size() && PARTS.contains(toks.get(last + 1).lower());
        return part ? "part:" + run : run.toString(); // "in Bener Meriah district": a part of the affected area
      }
    }
    return null;
  }

  /** The place a distance is measured from: "(north)west of Xining", "from the coast of Sumatra". */
  private static String reference(List<Figures.Tok> toks, int end) {
    String direction = "";
    for (int k = end; k < toks.size() && k < end + 4; k++) {
      String w = toks.get(k).lower();
      if (w.matches("(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west"
          + "|south-east|south-west)(?:ern)?")) {
        direction = w.replace("-", "").replace("ern", "") + " ";
      }
      if (w.equals("of") || w.equals("from")) {
        StringBuilder run = new StringBuilder();
        for (int m = k + 1; m < toks.size() && m <= k + 5; m++) {
          Figures.Tok n = toks.get(m);
          if (n.word() && Character.isUpperCase(n.text().charAt(0)) && !NOT_PLACES.contains(n.lower())) {
            run.append(run.length() == 0 ? "" : " ").append(Words.fold(n.text()));
          } else if (run.length() > 0 || !n.lower().equals("the")) {
            break;
          }
        }
        return run.length() == 0 || direction.isEmpty() ? null : direction + run; // "from X": no bearing, too vague
      }
    }
    return null;
  }

  /** "people", "persons" and "person" are one counted subject. */
  private static String people(String lemma) {
    return lemma.equals("people") || lemma.equals("persons") ? "person" : lemma;
  }

  /**
   * The event a count counts: a verb or noun just before it ("killed at least six people", "the
   * evacuation of 240 workers", "injuring five"), else the nearest after it in its clause ("three
   * workers were taken to hospital"), else one further before. "And" and commas end the near look
   * back, so in "two were killed and five injured" five counts the injured.
   */
  private static String measure(List<Figures.Tok> toks, int i, int end) {
    String near = before(toks, i, NEAR_BEFORE, true);
    if (near != null) {
      return near;
    }
    for (int k = end; k < toks.size() && k < end + AFTER; k++) {
      Figures.Tok w = toks.get(k);
      if (w.num() || !w.word() && ".;:!?".contains(w.text()) || w.word() && Quantities.isNumberWord(w.text())) {
        break;
      }
      String m = MEASURES.get(w.lower());
      if (m != null) {
        return m;
      }
    }
    return before(toks, i, FAR_BEFORE, false);
  }

  private static String before(List<Figures.Tok> toks, int i, int span, boolean clause) {
    for (int k = i - 1; k >= 0 && k >= i - span; k--) {
      Figures.Tok w = toks.get(k);
      if (w.num() || !w.word() && ".;:!?".contains(w.text()) || clause && (w.text().equals(",") || w.lower().equals("and"))) {
        return null;
      }
      String m = MEASURES.get(w.lower());
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** "Reid, 33,", "Smith, 45, of", "(33)": a number right after a name and a comma, closed by punctuation. */
  private static boolean namedAge(List<Figures.Tok> toks, int i, int end) {
    if (end != i + 1 || !toks.get(i).num() || nameBefore(toks, i) < 0) {
      return false;
    }
    if (end >= toks.size()) {
      return true;
    }
    String after = toks.get(end).lower();
    return after.equals(",") || after.equals(")") || after.equals(".") || after.equals("of") || after.equals("and");
  }

  /** The index of the capitalized name word before "Name, N" or "Name, a N", or -1. */
  private static int nameBefore(List<Figures.Tok> toks, int i) {
    int k = i - 1;
    if (k >= 0 && (toks.get(k).lower().equals("a") || toks.get(k).lower().equals("aged"))) {
      k--;
    }
    if (k < 1 || !toks.get(k).text().equals(",") && !toks.get(k).text().equals("(")) {
      return -1;
    }
    Figures.Tok name = toks.get(k - 1);
    boolean capital = name.word() && Character.isUpperCase(name.text().charAt(0)) && !Words.isStop(name.lower());
    return capital ? k - 1 : -1;
  }

  /** The person an "N-year-old" belongs to: a name after it or before it, or an unnamed noun with a role. */
  private static String ageSubject(List<Figures.Tok> toks, int i, int end, String sentence) {
    int k = end;
    while (k < toks.size() && toks.get(k).word() && toks.get(k).lower().matches("year|years|old|olds|-")) {
      k++;
    }
    int run = k;
    while (run < toks.size() && toks.get(run).word() && Character.isUpperCase(toks.get(run).text().charAt(0))
        && !Words.isStop(toks.get(run).lower())) {
      run++;
    }
    if (run > k && !(run < toks.size() && PERSON_NOUNS.contains(Words.lemma(toks.get(run).text())))) {
      return "name:" + Words.fold(toks.get(run - 1).text()); // "38-year-old Anthony LaCalamita"
    }
    int before = nameBefore(toks, i);
    if (before >= 0) {
      return "name:" + Words.fold(toks.get(before).text()); // "LaCalamita, a 38-year-old"
    }
    String noun = run < toks.size() && toks.get(run).word() ? Words.lemma(toks.get(run).text()) : null;
    if (noun == null || !PERSON_NOUNS.contains(noun)) {
      return null;
    }
    String role = role(sentence);
    return role == null ? null : noun + "/" + role;
  }

  /** "victim" or "suspect" when the sentence's words say only one of the two, else null. */
  private static String role(String sentence) {
    boolean victim = false;
    boolean suspect = false;
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      victim |= VICTIM_CUES.contains(w);
      suspect |= SUSPECT_CUES.contains(w);
    }
    return victim == suspect ? null : victim ? "victim" : "suspect";
  }

  private static Map<String, String> measures() {
    Map<String, String> m = new java.util.HashMap<>();
    put(m, "dead", "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "death", "deaths", "fatalities",
        "fatality", "fatally", "bodies", "slain", "perished", "lives", "toll", "drowned");
    put(m, "injured", "injured", "injuring", "injury", "injuries", "wounded", "wounding", "hurt", "hospitalized",
        "hospitalised", "hospital", "treated", "casualties");
    put(m, "evacuated", "evacuated", "evacuate", "evacuating", "evacuation", "evacuations", "evacuees", "displaced",
        "fled", "homeless");
    put(m, "arrested", "arrested", "arrest", "arrests", "detained", "detaining", "custody", "charged", "indicted");
    put(m, "missing", "missing", "unaccounted");
    put(m, "rescued", "rescued", "rescue", "saved");
    put(m, "shot", "shot", "shooting", "gunshot");
    return Map.copyOf(m);
  }

  private static void put(Map<String, String> m, String measure, String... words) {
    for (String w : words) {
      m.put(w, measure);
    }
  }
}
