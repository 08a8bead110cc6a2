package org.storyfold.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.cluster.ClusterConfig;

class ComponentsTest {
  private static final StructType EDGES = new StructType()
      .add("src", DataTypes.LongType, false).add("dst", DataTypes.LongType, false);
  private static SparkSession spark;

  @TempDir
  static java.nio.file.Path checkpoints;

  @BeforeAll
  static void start() {
    spark = Sessions.local();
    spark.sparkContext().setCheckpointDir(checkpoints.toString());
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void of_shuffledChainAndPair_labelsEachWithItsSmallestNode() {
    // a path of 60 nodes whose ids are in random order (the worst case for label propagation), and a pair
    List<Long> ids = new ArrayList<>();
    for (long i = 100; i < 160; i++) {
      ids.add(i);
    }
    Collections.shuffle(ids, new Random(7));
    List<Row> edges = new ArrayList<>();
    for (int i = 1; i < ids.size(); i++) {
      edges.add(RowFactory.create(ids.get(i - 1), ids.get(i)));
    }
    edges.add(RowFactory.create(-5L, 9L));

    Map<Long, Long> labels = labels(Components.of(spark.createDataFrame(edges, EDGES)));

    assertThat(labels).hasSize(62);
    ids.forEach(id -> assertThat(labels.get(id)).isEqualTo(100L));
    assertThat(labels.get(9L)).isEqualTo(-5L);
    assertThat(labels.get(-5L)).isEqualTo(-5L);
  }

  @Test
  void edges_featureInMoreArticlesThanTheCap_linksNone() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rows.add(clean("a" + i, 10L + i, List.of(7, 100 + i)));
    }
    Dataset<Row> clean = spark.createDataFrame(rows, ArticleRows.CLEAN.add("node", DataTypes.LongType, false));

    assertThat(Candidates.edges(clean, BatchWeights.of(clean, ClusterConfig.defaults()), 4, 40).count()).isZero();
    // within the cap, each pair the engine's scorer joins (one shared word of two is well above 0.06)
    List<Row> scored = Candidates.edges(clean, BatchWeights.of(clean, ClusterConfig.defaults()), 5, 40).collectAsList();
    assertThat(scored).hasSize(10);
    assertThat(scored).allMatch(r -> r.getLong(0) > r.getLong(1));
  }

  @Test
  void edges_oneRareWordAmongMany_linksNothing() {
    // two long articles share one rare word: a candidate, but far below the engine's topic threshold
    List<Integer> a = new ArrayList<>(List.of(7));
    List<Integer> b = new ArrayList<>(List.of(7));
    for (int i = 0; i < 60; i++) {
      a.add(1000 + i);
      b.add(2000 + i);
    }
    List<Row> rows = List.of(clean("a", 1L, a), clean("b", 2L, b), clean("c", 3L, List.of(1000, 1001, 1002)));
    Dataset<Row> clean = spark.createDataFrame(rows, ArticleRows.CLEAN.add("node", DataTypes.LongType, false));

    List<Row> edges = Candidates.edges(clean, BatchWeights.of(clean, ClusterConfig.defaults()), 200, 40).collectAsList();

    assertThat(edges).extracting(r -> r.getLong(0) + "-" + r.getLong(1)).containsExactly("3-1");
  }

  @Test
  void topics_componentAboveTheLimit_isCutAtItsWeakLink() {
    // two tight triangles joined by one pair just over the topic threshold
    StructType scored = EDGES.add("score", DataTypes.DoubleType, false);
    List<Row> edges = List.of(RowFactory.create(2L, 1L, 0.9), RowFactory.create(3L, 1L, 0.8), RowFactory.create(3L, 2L, 0.7),
        RowFactory.create(5L, 4L, 0.9), RowFactory.create(6L, 4L, 0.8), RowFactory.create(6L, 5L, 0.7),
        RowFactory.create(4L, 3L, 0.07));
    Dataset<Row> d = spark.createDataFrame(edges, scored);

    Map<Long, Long> whole = labels(Topics.of(d, 0.06, 6));
    Map<Long, Long> cut = labels(Topics.of(d, 0.06, 5));

    assertThat(whole.values()).containsOnly(1L);
    assertThat(cut).containsEntry(3L, 1L).containsEntry(4L, 4L).containsEntry(6L, 4L).hasSize(6);
  }

  @Test
  void topics_componentOfCopies_staysWholeAndLevelsWithoutEdgesAreSkipped() {
    // a chain of copies (score 1) over the limit: never cut, whatever the level
    StructType scored = EDGES.add("score", DataTypes.DoubleType, false);
    List<Row> edges = List.of(RowFactory.create(2L, 1L, 1.0), RowFactory.create(3L, 2L, 1.0), RowFactory.create(4L, 3L, 1.0),
        RowFactory.create(5L, 4L, 1.0), RowFactory.create(7L, 6L, 0.5), RowFactory.create(6L, 5L, 0.1));
    Dataset<Row> d = spark.createDataFrame(edges, scored);

    Map<Long, Long> cut = labels(Topics.of(d, 0.06, 3));

    assertThat(cut).containsEntry(5L, 1L).containsEntry(1L, 1L).containsEntry(6L, 6L).containsEntry(7L, 6L).hasSize(7);
  }

  private static Row clean(String id, long node, List<Integer> features) {
    List<Integer> minhash = Collections.nCopies(64, Integer.MAX_VALUE);
    List<Float> counts = Collections.nCopies(features.size(), 1f);
    List<Byte> kinds = Collections.nCopies(features.size(), (byte) 0);
    return RowFactory.create(id, null, null, "", "text", null, null, false, ArticleRows.seq(List.<Row>of()),
        ArticleRows.seq(minhash), ArticleRows.seq(features), ArticleRows.seq(counts), ArticleRows.seq(kinds), node);
  }

  private static Map<Long, Long> labels(Dataset<Row> d) {
    Map<Long, Long> out = new HashMap<>();
    d.collectAsList().forEach(r -> out.put(r.getLong(0), r.getLong(1)));
    return out;
  }
}
