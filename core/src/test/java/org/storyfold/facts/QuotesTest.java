package org.storyfold.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
  @Test
  void find_quoteWithSaidName_hasSpeaker() {
    List<Quote> q = Quotes.find("a", "\"We heard a loud bang in the hall,\" said Mara Quist, a driver.");
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.speaker()).isEqualTo("Mara Quist");
      assertThat(x.words()).isEqualTo("We heard a loud bang in the hall");
    });
  }

  @Test
  void find_curlyQuotesNameBeforeVerb_hasSpeaker() {
    List<Quote> q = Quotes.find("a", "“The town will get answers from the company,” Mr Tovar told reporters.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Tovar"));
  }

  @Test
  void find_guillemetsAndColon_haveSpeaker() {
    List<Quote> q = Quotes.find("a", "Alcaldesa Ruiz: «Nadie resultó herido en el incendio».");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("Ruiz"));
  }

  @Test
  void find_shortQuote_isIgnored() {
    assertThat(Quotes.find("a", "He called it \"a disaster\" on Monday.")).isEmpty();
  }

  @Test
  void same_lightlyEditedQuote_isTheSame() {
    Quote a = Quotes.find("a", "“We were truly pleased by several of the new steps that the council has taken,” she said.").get(0);
    Quote b = Quotes.find("b", "\"We were truly pleased with several of the new measures that the council has taken,\" she said.").get(0);
    assertThat(Quotes.same(a, b)).isTrue();
  }
}
