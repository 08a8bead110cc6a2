package org.storyfold.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date an article was written from its byline or dateline ("May 3, 2013", "14 June 2013",
 * "2013-05-03", "Nov. 30, 2009"), for texts that come without a publication time (plain {@code .txt}
 * files, JSON lines without {@code published}). Only the opening of the text is read: that is where
 * bylines and datelines stand, and a date further down is more often the date of something told.
 * Dates without a year are ignored: guessing the year would make a wrong date from a right one.
 */
public final class DateFinder {
  /** Characters from the start of the text in which a byline or dateline is looked for. */
  public static final int OPENING = 250;

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  private static final String YEAR = "((?:19|20)\\d\\d)";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b" + YEAR + "-(\\d\\d)-(\\d\\d)(?!\\d)");

  /** The first complete date (day, month and year) in the opening of {@code text}, if any. */
  public Optional<LocalDate> dateline(String text) {
    String head = text.length() > OPENING ? text.substring(0, OPENING) : text;
    LocalDate best = null;
    int at = Integer.MAX_VALUE;
    Matcher m = MONTH_DAY_YEAR.matcher(head);
    if (m.find()) {
      best = date(m.group(3), month(m.group(1)), m.group(2));
      at = best == null ? at : m.start();
    }
    m = DAY_MONTH_YEAR.matcher(head);
    if (m.find() && m.start() < at) {
      LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
      if (d != null) {
        best = d;
        at = m.start();
      }
    }
    m = ISO.matcher(head);
    if (m.find() && m.start() < at) {
      LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      best = d == null ? best : d;
    }
    return Optional.ofNullable(best);
  }

  private static int month(String word) {
    return MONTHS.get(word.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static LocalDate date(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null; // "February 31": not a date
    }
  }
}
