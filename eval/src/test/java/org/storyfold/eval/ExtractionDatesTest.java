package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyfold.TestData;
import org.storyfold.extract.Extractor;

/** Publication dates on both extraction sets, where the pages' markup declares one (issue 15). */
class ExtractionDatesTest {
  @Test
  void aeb_pagesWithAMetadataDate_nearlyAllGetADate() {
    ExtractionDates.Coverage c = ExtractionDates.aeb(TestData.eval("aeb"), new Extractor());

    System.out.println("AEB dates: " + c);
    assertThat(c.withMetadata()).isGreaterThan(150);
    assertThat(c.metadataShare()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void trafilatura_pagesWithAMetadataDate_nearlyAllGetADate_mostOnTheReferenceDay() {
    ExtractionDates.Coverage c = ExtractionDates.trafilatura(TestData.eval("trafilatura_dev"), new Extractor());

    System.out.println("trafilatura_dev dates: " + c);
    assertThat(c.withMetadata()).isGreaterThan(300);
    assertThat(c.metadataShare()).isGreaterThanOrEqualTo(0.98);
    assertThat(c.agreement()).isGreaterThanOrEqualTo(0.80);
  }
}
