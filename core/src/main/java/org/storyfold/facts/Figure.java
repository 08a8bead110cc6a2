package org.storyfold.facts;

import java.util.Set;

/**
 * One figure as one article gives it, with what it is about.
 *
 * @param article   article id
 * @param language  the article's language
 * @param sentence  the sentence it stands in
 * @param position  the sentence's index in the article
 * @param raw       the figure as written, marker and counted noun included ("About 300 workers")
 * @param value     the number
 * @param marker    approximation marker, one of the {@link Quantities} constants
 * @param noun      the counted thing, lightly lemmatized ("crossing"), or null
 * @param nounStem  the counted thing as a stemmed term ("cross"), or null
 * @param rate      "day", "week", "month", "year", "hour" for "a day", "per week"..., or null
 * @param unit      "%", "$", "€", "£", or null
 * @param context   stemmed content terms of the words around the number
 * @param about     what is measured, of whom, and when (see {@link About})
 */
record Figure(String article, String language, String sentence, int position, String raw, double value,
              String marker, String noun, String nounStem, String rate, String unit, Set<String> context,
              About about) {

  /** What kind of quantity a figure is. Only counts, ages, money and measures can be disputed. */
  enum Type {
    /** A number of people or things: dead, injured, evacuated, homes. */
    COUNT,
    /** A person's age in years ("a 16-year-old boy", "Reid, 33,"). */
    AGE,
    /** A length of time ("a 19-year veteran", "three hours"): not a count, never disputed. */
    DURATION,
    /** An amount of money, a percentage or a measurement with a unit. */
    AMOUNT
  }

  /**
   * What a figure is about.
   *
   * @param type     the kind of quantity
   * @param measure  what is counted or measured: "dead", "injured", "evacuated", "arrested", "missing",
   *                 "shot", "rescued", "age", or null when the sentence names no such event
   * @param subject  of whom or what: the counted noun ("worker"), or for an age the person
   *                 ("name:lacalamita", or "girl/victim" for an unnamed girl said to be a victim), or null
   * @param time     null for the story's own incident; a year ("2014") or "past" when the sentence recalls
   *                 an earlier one, or "retracted" for a figure a correction withdraws
   * @param place    where, when the clause says ("aceh", "central aceh"), or null
   */
  record About(Type type, String measure, String subject, String time, String place) {
    /** "evacuated worker", "age of lacalamita": how a dispute names its quantity. */
    String label(String noun) {
      String who = subject == null ? noun : subject.startsWith("name:") ? subject.substring(5) : subject;
      if (type == Type.DURATION) {
        return "duration";
      }
      if ("age".equals(measure)) {
        return "age of " + (who == null ? "a person" : who.replace('/', ' '));
      }
      if (measure == null) {
        return who == null ? "figure" : who;
      }
      return who == null ? measure : measure + " " + who;
    }
  }

  double low() {
    return Quantities.interval(value, marker)[0] - Quantities.rounding(raw, value, marker);
  }

  double high() {
    return Quantities.interval(value, marker)[1] + Quantities.rounding(raw, value, marker);
  }

  /** "~10000 crossing/day", "240 worker", ">2 hour", "12%". */
  String normalized() {
    StringBuilder b = new StringBuilder(marker);
    if (unit != null && !unit.equals("%")) {
      b.append(unit);
    }
    b.append(Quantities.format(value));
    if ("%".equals(unit)) {
      b.append('%');
    }
    if (noun != null) {
      b.append(' ').append(noun);
    }
    if (rate != null) {
      b.append('/').append(rate);
    }
    return b.toString();
  }
}
