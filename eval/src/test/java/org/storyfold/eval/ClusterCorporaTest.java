package org.storyfold.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.TestData;

class ClusterCorporaTest {
  @Test
  void crime_keepsOneToTwelveArticlesOfEveryCrimeEvent() {
    ClusterCorpora corpora = new ClusterCorpora(new Storyfold(StoryfoldConfig.defaults().withEmbeddings(false)),
        new TfidfBaseline(TfidfBaseline.THRESHOLD));
    List<ClusterCorpora.Labelled> ecb = corpora.load(TestData.eval("ecbplus", "docs.jsonl"));
    assertThat(ecb).hasSize(982);
    List<ClusterCorpora.Labelled> crime = ClusterCorpora.crime(ecb, 7);
    Map<String, Integer> perEvent = new HashMap<>();
    crime.forEach(l -> perEvent.merge(l.event(), 1, Integer::sum));
    assertThat(crime).allMatch(l -> ClusterCorpora.CRIME_TOPICS.contains(l.topic()));
    assertThat(perEvent).hasSize(2 * ClusterCorpora.CRIME_TOPICS.size());
    assertThat(perEvent.values()).allMatch(k -> k >= 1 && k <= 12);
    assertThat(ClusterCorpora.crime(ecb, 7)).isEqualTo(crime); // seeded
  }
}
