package org.storyfold.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private final DateFinder finder = new DateFinder();

  @Test
  void dateline_monthDayYear_isFound() {
    assertThat(finder.dateline("Harbour fire closes quay\nNov. 30, 2009 - Fire crews worked through the night."))
        .contains(LocalDate.of(2009, 11, 30));
  }

  @Test
  void dateline_dayMonthYear_isFound() {
    assertThat(finder.dateline("Published 14 June 2013, 11:25 GMT. The council voted."))
        .contains(LocalDate.of(2013, 6, 14));
  }

  @Test
  void dateline_isoDate_isFound() {
    assertThat(finder.dateline("Updated 2021-02-03T10:00 The bridge reopened.")).contains(LocalDate.of(2021, 2, 3));
  }

  @Test
  void dateline_earliestOfTwoForms_wins() {
    assertThat(finder.dateline("9 September 2013 Robbers struck; a raid on May 2, 2011 was similar."))
        .contains(LocalDate.of(2013, 9, 9));
  }

  @Test
  void dateline_dateWithoutYear_isIgnored() {
    assertThat(finder.dateline("On March 2 the mayor opened the new library.")).isEmpty();
  }

  @Test
  void dateline_dateAfterTheOpening_isIgnored() {
    String text = "x ".repeat(DateFinder.OPENING) + "January 5, 2010";
    assertThat(finder.dateline(text)).isEmpty();
  }

  @Test
  void dateline_impossibleDate_isIgnored() {
    assertThat(finder.dateline("February 31, 2012 was not a day.")).isEmpty();
  }
}
