package org.storyfold.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Each date form the extractor reads, and each place on a page it looks (issue 15). */
class PublicationDateTest {
  private static final OffsetDateTime NOV_19 = OffsetDateTime.of(2019, 11, 19, 0, 0, 0, 0, ZoneOffset.UTC);

  private static OffsetDateTime published(String head, String body, String url) {
    return new Extractor().extract("<html><head>" + head + "</head><body>" + body
        + "<article><p>Some text of the article that says nothing about when it was written.</p></article>"
        + "</body></html>", url).published();
  }

  private static LocalDate day(String head, String body, String url) {
    OffsetDateTime t = published(head, body, url);
    return t == null ? null : t.toLocalDate();
  }

  // the forms

  @Test
  void parse_isoDate_isThatDay() {
    assertThat(PublicationDate.parse("2019-11-19", null)).isEqualTo(NOV_19);
  }

  @Test
  void parse_isoDateTimeWithOffsetAndFraction_keepsTimeAndZone() {
    assertThat(PublicationDate.parse("2019-11-19T10:30:15.123+01:00", null))
        .isEqualTo(OffsetDateTime.of(2019, 11, 19, 10, 30, 15, 123_000_000, ZoneOffset.ofHours(1)));
    assertThat(PublicationDate.parse("2019-11-18T21:04:00-0300", null))
        .isEqualTo(OffsetDateTime.of(2019, 11, 18, 21, 4, 0, 0, ZoneOffset.ofHours(-3)));
  }

  @Test
  void parse_isoDateTimeWithSpaceAndNoZone_isUtc() {
    assertThat(PublicationDate.parse("2019-11-19 10:30:00", null))
        .isEqualTo(OffsetDateTime.of(2019, 11, 19, 10, 30, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void parse_rfc1123_keepsTheTime() {
    assertThat(PublicationDate.parse("Tue, 19 Nov 2019 10:30:00 GMT", null))
        .isEqualTo(OffsetDateTime.of(2019, 11, 19, 10, 30, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void parse_compactDigits_withAndWithoutTime() {
    assertThat(PublicationDate.parse("20191119", null)).isEqualTo(NOV_19);
    assertThat(PublicationDate.parse("201911191030", null)).isEqualTo(NOV_19.withHour(10).withMinute(30));
  }

  @Test
  void parseText_yearFirstWithSlashes() {
    assertThat(PublicationDate.parseText("Posted 2019/11/19 by admin", null)).isEqualTo(NOV_19);
  }

  @Test
  void parseText_dottedDayMonthYear_alsoWithTwoDigitYearAndTime() {
    assertThat(PublicationDate.parseText("19.11.2019, 10:30 Uhr", "de")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("Stand: 19.11.19", "de")).isEqualTo(NOV_19);
  }

  @Test
  void parseText_slashedNumbers_orderFromAValueOver12ElseFromTheLanguage() {
    assertThat(PublicationDate.parseText("19/11/2019", "en")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("11/19/2019", "fr")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("03/04/2020", "en")).isEqualTo(OffsetDateTime.of(2020, 3, 4, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(PublicationDate.parseText("03/04/2020", "de")).isEqualTo(OffsetDateTime.of(2020, 4, 3, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void parseText_englishMonthNames_monthFirstAndDayFirst() {
    assertThat(PublicationDate.parseText("November 19, 2019", "en")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("Updated Nov. 19, 2019 at 5pm", "en")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("19th of November 2019", "en")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("19 Nov 2019", "en")).isEqualTo(NOV_19);
  }

  @Test
  void parseText_germanMonthNames_includingAustrianJaenner() {
    assertThat(PublicationDate.parseText("19. November 2019", "de")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("3. Jänner 2020", "de")).isEqualTo(OffsetDateTime.of(2020, 1, 3, 0, 0, 0, 0, ZoneOffset.UTC));
  }

  @Test
  void parseText_romanceMonthNames() {
    assertThat(PublicationDate.parseText("19 novembre 2019", "fr")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("1er mars 2020", "fr")).isEqualTo(OffsetDateTime.of(2020, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(PublicationDate.parseText("19 de noviembre de 2019", "es")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("19 de novembro de 2019", "pt")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("19 novembre 2019", "it")).isEqualTo(NOV_19);
  }

  @Test
  void parseText_dutchAndPolishMonthNames() {
    assertThat(PublicationDate.parseText("19 november 2019", "nl")).isEqualTo(NOV_19);
    assertThat(PublicationDate.parseText("19 listopada 2019", "pl")).isEqualTo(NOV_19);
  }

  @Test
  void parseText_noFullDate_isNull() {
    assertThat(PublicationDate.parseText("November 2019", "en")).isNull();
    assertThat(PublicationDate.parseText("10:30 Uhr", "de")).isNull();
    assertThat(PublicationDate.parseText("31.02.2019", "de")).isNull();
  }

  // the places

  @Test
  void find_articlePublishedTimeMeta() {
    assertThat(published("<meta property=\"article:published_time\" content=\"2019-11-19T08:00:00Z\">", "", null))
        .isEqualTo(NOV_19.withHour(8));
  }

  @Test
  void find_dublinCoreAndCitationMeta() {
    assertThat(day("<meta name=\"DC.date.issued\" content=\"2019-11-19\">", "", null)).isEqualTo(NOV_19.toLocalDate());
    assertThat(day("<meta name=\"citation_publication_date\" content=\"2019/11/19\">", "", null))
        .isEqualTo(NOV_19.toLocalDate());
  }

  @Test
  void find_jsonLdDatePublished() {
    assertThat(day("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
        + "\"datePublished\":\"2019-11-19T09:00:00+01:00\"}</script>", "", null)).isEqualTo(NOV_19.toLocalDate());
  }

  @Test
  void find_timeElementWithPubdate_beforeAnOtherTime() {
    assertThat(day("", "<time datetime=\"2021-01-01\">today</time><time pubdate datetime=\"2019-11-19\">x</time>",
        null)).isEqualTo(NOV_19.toLocalDate());
  }

  @Test
  void find_itempropDatePublishedOnASpan() {
    assertThat(day("", "<span itemprop=\"datePublished\" content=\"2019-11-19\">19. Nov.</span>", null))
        .isEqualTo(NOV_19.toLocalDate());
  }

  @Test
  void find_urlWithFullDate_winsOverAnotherDayInTheMeta() {
    assertThat(day("<meta name=\"date\" content=\"2020-01-05\">", "", "https://example.com/2019/11/19/story.html"))
        .isEqualTo(NOV_19.toLocalDate());
  }

  @Test
  void find_urlDay_givesWayToAMetaTimeOnTheSameDay() {
    assertThat(published("<meta property=\"article:published_time\" content=\"2019-11-19T08:00:00Z\">", "",
        "https://example.com/2019-11-19-story")).isEqualTo(NOV_19.withHour(8));
  }

  @Test
  void find_visibleDateInAnElementNamedForIt() {
    assertThat(day("", "<div class=\"article-meta\">Von Anna Muster | 19. November 2019</div>", null))
        .isEqualTo(NOV_19.toLocalDate());
  }

  @Test
  void find_shortDateLine_earliestOfThem() {
    assertThat(day("", "<p><b>19.11.2019</b></p><div><p>Kommentar vom 02.12.2019</p></div>", null))
        .isEqualTo(NOV_19.toLocalDate());
  }

  @Test
  void find_futureOrAncientDates_areNotPlausible() {
    assertThat(published("<meta name=\"date\" content=\"2999-01-01\">", "", null)).isNull();
    assertThat(published("<meta name=\"date\" content=\"1970-01-01\">", "", null)).isNull();
  }

  @Test
  void find_partialDates_areNotGuessedIntoADay() {
    assertThat(published("", "<p>November 2019</p>", "https://example.com/2019/11/story.html")).isNull();
  }
}
