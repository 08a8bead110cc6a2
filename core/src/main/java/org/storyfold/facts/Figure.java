package org.storyfold.facts;

import java.util.Set;

/**
 * One figure as one article gives it.
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
 */
record Figure(String article, String language, String sentence, int position, String raw, double value,
              String marker, String noun, String nounStem, String rate, String unit, Set<String> context) {

  double low() {
    return Quantities.interval(value, marker)[0];
  }

  double high() {
    return Quantities.interval(value, marker)[1];
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
