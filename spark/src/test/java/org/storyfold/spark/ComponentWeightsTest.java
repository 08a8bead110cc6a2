package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyfold.Storyfold;
import org.storyfold.TestData;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.PairScorer;
import org.storyfold.fingerprint.Fingerprint;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * Step 5's grouping of a component with the whole input's word statistics: 300 ECB+ articles are
 * grouped by the engine in one batch, then the batch is cut into parts along its topics (as
 * components cut it) and each part grouped alone, once with the batch's frequencies and chance level
 * (what the job does) and once with its own (what it did before: B-cubed F1 0.984 on ECB+).
 */
class ComponentWeightsTest {
  /** Parts the batch is cut into: small parts, a few topics each, as the job's components are. */
  static final int PARTS = 40;

  @Test
  void stories_partsWithTheBatchWeights_giveTheBatchStories() {
    Storyfold engine = Engines.get(false);
    List<Article> all = new ArrayList<>(engine.read(List.of(TestData.eval("ecbplus", "docs.jsonl").toString()), System.in)
        .articles().subList(0, 300));
    all.sort(Comparator.comparing(Article::id));
    all = engine.clean(all, Set.of()).articles();
    Map<String, String> reference = byArticle(engine.stories(all));

    // the batch's frequencies and chance level, as BatchWeights counts them
    ClusterConfig config = engine.config().cluster();
    List<Fingerprint> fps = all.stream().map(engine::fingerprint).toList();
    Map<Integer, Integer> df = new java.util.TreeMap<>();
    fps.forEach(fp -> java.util.Arrays.stream(fp.features()).forEach(f -> df.merge(f, 1, Integer::sum)));
    int[] hashes = df.entrySet().stream().filter(e -> e.getValue() > 1).mapToInt(Map.Entry::getKey).toArray();
    int[] counts = java.util.Arrays.stream(hashes).map(df::get).toArray();
    PairScorer plain = new PairScorer(config, all.size(), hashes, counts);
    double sum = 0;
    long pairs = 0;
    List<float[]> w = fps.stream().map(plain::weights).toList();
    for (int a = 0; a < fps.size(); a++) {
      for (int b = a + 1; b < fps.size(); b++) {
        sum += PairScorer.similarity(fps.get(a).features(), w.get(a), fps.get(b).features(), w.get(b));
        pairs++;
      }
    }
    PairScorer whole = plain.withNoise(sum / pairs);

    // the batch's topics (its grouping without the event split), then PARTS parts, each a union of
    // whole topics (every PARTS-th), as the job's components are at the engine's topic threshold
    Storyfold topicsOnly = new Storyfold(engine.config().withCluster(config.withRefineThreshold(0)));
    Map<String, String> topicOf = byArticle(topicsOnly.stories(all));
    List<String> topicIds = new ArrayList<>(new java.util.TreeSet<>(topicOf.values()));
    Map<String, Integer> partOf = new HashMap<>();
    for (int i = 0; i < topicIds.size(); i++) {
      partOf.put(topicIds.get(i), i % PARTS);
    }
    Map<String, String> withBatch = new HashMap<>();
    Map<String, String> alone = new HashMap<>();
    for (int p = 0; p < PARTS; p++) {
      final int part = p;
      List<Article> members = all.stream().filter(a -> partOf.get(topicOf.get(a.id())) == part).toList();
      byArticle(engine.stories(members, whole)).forEach((id, s) -> withBatch.put(id, part + "/" + s));
      byArticle(engine.stories(members)).forEach((id, s) -> alone.put(id, part + "/" + s));
    }
    double f1 = Sessions.agreement(withBatch, reference).b3F1();
    double before = Sessions.agreement(alone, reference).b3F1();
    System.out.printf("300 ECB+ articles in " + PARTS + " parts: B-cubed F1 against one batch %.4f with the batch's"
        + " weights, %.4f with each part's own%n", f1, before);
    assertThat(f1).isGreaterThanOrEqualTo(0.999).isGreaterThanOrEqualTo(before);
  }

  private static Map<String, String> byArticle(List<Story> stories) {
    Map<String, String> out = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Story s : stories) {
      String key = s.articles().get(0).id();
      seen.add(key);
      s.articles().forEach(a -> out.put(a.id(), key));
    }
    return out;
  }
}
