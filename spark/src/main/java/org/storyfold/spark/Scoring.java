package org.storyfold.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.PairScorer;
import org.storyfold.fingerprint.Fingerprint;

/**
 * Step 3: the engine's own pair score on the candidates of shared heavy features, so that a rare name
 * shared by two unrelated stories no longer chains them. Document frequencies are counted over the
 * whole input in one aggregation and broadcast ({@link BatchWeights}: only features in two or more
 * articles, the rest weigh as in one), so every article is weighted as the engine weighs it in one batch of the whole input
 * ({@link PairScorer}). Each article's {@code topFeatures} heaviest features in 2 to {@code bucketCap}
 * articles are its keys, as in the engine's candidate index; each key's bucket receives its members'
 * weighted vectors and scores its pairs in place, a pair only in the bucket of the smallest key its
 * two articles share, so no pair is scored twice. A pair is an edge when the engine would join it at
 * topic level ({@link ClusterConfig#threshold()}): every topic of the engine's average link is then
 * inside one component, and a component holds topics linked by a pair at least that close, not the
 * corpus linked by rare words.
 *
 * <p>A bucket holds at most {@code bucketCap} articles, so at most bucketCap^2/2 pairs (about 20,000 at
 * the default 200) are scored in one task, whatever the input's skew.
 */
final class Scoring {
  private static final StructType MEMBER = new StructType()
      .add("node", DataTypes.LongType, false)
      .add("keys", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("features", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("weights", DataTypes.createArrayType(DataTypes.FloatType, false), false);
  private static final StructType KEYED = new StructType()
      .add("key", DataTypes.IntegerType, false)
      .add("member", MEMBER, false);
  static final StructType EDGE = new StructType()
      .add("src", DataTypes.LongType, false)
      .add("dst", DataTypes.LongType, false)
      .add("score", DataTypes.DoubleType, false);

  private Scoring() {}

  /** Scored edges {@code (src, dst, score)}, src above dst, score the engine's pair similarity. */
  static Dataset<Row> edges(Dataset<Row> clean, BatchWeights batch, int bucketCap, int topFeatures) {
    ConfigCarrier settings = new ConfigCarrier(batch.config());
    Dataset<Row> members = clean.select("node", "features", "counts", "kinds")
        .mapPartitions(weigh(batch, bucketCap, topFeatures), Encoders.row(MEMBER));
    Dataset<Row> keyed = members.flatMap((FlatMapFunction<Row, Row>) m -> {
      List<Integer> keys = m.getList(1);
      List<Row> out = new ArrayList<>(keys.size());
      for (int k : keys) {
        out.add(RowFactory.create(k, m));
      }
      return out.iterator();
    }, Encoders.row(KEYED));
    return keyed
        .groupByKey((MapFunction<Row, Integer>) r -> r.getInt(0), Encoders.INT())
        .flatMapGroups(bucket(settings), Encoders.row(EDGE));
  }

  /** Per partition: one scorer, each article's weighted vector and its keys (sorted). */
  private static MapPartitionsFunction<Row, Row> weigh(BatchWeights batch, int bucketCap, int topFeatures) {
    return rows -> {
      PairScorer scorer = batch.scorer();
      List<Row> out = new ArrayList<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        Fingerprint fp = BatchWeights.fingerprint(r.getList(1), r.getList(2), r.getList(3));
        float[] w = scorer.weights(fp);
        int[] keys = top(fp.features(), w, scorer, bucketCap, topFeatures);
        if (keys.length > 0) {
          out.add(RowFactory.create(r.getLong(0), ArticleRows.seq(boxed(keys)), r.get(1), ArticleRows.seq(boxed(w))));
        }
      }
      return out.iterator();
    };
  }

  /**
   * The {@code k} heaviest features in 2 to {@code cap} articles, sorted by hash; ties go to the lower
   * index, as in the engine's index.
   */
  static int[] top(int[] features, float[] w, PairScorer scorer, int cap, int k) {
    int[] keys = scorer.indexKeys(features, w, cap, k);
    Arrays.sort(keys);
    return keys;
  }

  /** One bucket: each pair whose smallest shared key is this one, kept when the engine would join it. */
  private static FlatMapGroupsFunction<Integer, Row, Row> bucket(ConfigCarrier settings) {
    return (key, rows) -> {
      PairScorer judge = new PairScorer(settings.config(), 1, new int[0], new int[0]);
      List<Long> nodes = new ArrayList<>();
      List<int[]> keys = new ArrayList<>();
      List<int[]> features = new ArrayList<>();
      List<float[]> weights = new ArrayList<>();
      while (rows.hasNext()) {
        Row m = rows.next().getStruct(1);
        nodes.add(m.getLong(0));
        keys.add(ints(m.getList(1)));
        features.add(ints(m.getList(2)));
        weights.add(floats(m.getList(3)));
      }
      List<Row> out = new ArrayList<>();
      for (int a = 0; a < nodes.size(); a++) {
        for (int b = a + 1; b < nodes.size(); b++) {
          if (firstShared(keys.get(a), keys.get(b)) != key) {
            continue;
          }
          double s = PairScorer.similarity(features.get(a), weights.get(a), features.get(b), weights.get(b));
          if (judge.joins(s)) {
            long x = nodes.get(a);
            long y = nodes.get(b);
            out.add(RowFactory.create(Math.max(x, y), Math.min(x, y), s));
          }
        }
      }
      return out.iterator();
    };
  }

  /** The smallest value two sorted arrays share (two members of a bucket share at least its key). */
  private static int firstShared(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        return x[i];
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    throw new IllegalStateException("two articles of one bucket share no key");
  }

  private static int[] ints(List<Integer> v) {
    int[] out = new int[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(i);
    }
    return out;
  }

  private static float[] floats(List<Float> v) {
    float[] out = new float[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.get(i);
    }
    return out;
  }

  private static List<Integer> boxed(int[] v) {
    return Arrays.stream(v).boxed().toList();
  }

  private static List<Float> boxed(float[] v) {
    List<Float> out = new ArrayList<>(v.length);
    for (float x : v) {
      out.add(x);
    }
    return out;
  }
}
