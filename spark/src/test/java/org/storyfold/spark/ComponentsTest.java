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

    assertThat(Candidates.edges(clean, ClusterConfig.defaults(), 4, 40, 1).count()).isZero();
    List<Row> star = Candidates.edges(clean, ClusterConfig.defaults(), 5, 40, 1).collectAsList();
    // a star to the bucket's smallest node: n - 1 edges, not n(n - 1)/2
    assertThat(star).hasSize(4);
    assertThat(star).allMatch(r -> r.getLong(1) == 10L && r.getLong(0) > 10L);
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
