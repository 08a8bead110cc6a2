package org.storyfold.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.fingerprint.Fingerprint;
import org.storyfold.fingerprint.Fingerprinter;

/**
 * Step 2: candidate edges from shuffle keys, never from all pairs. The keys are the engine's own two
 * ways to find candidates: MinHash LSH bands (copies) and each article's heaviest features (rare
 * terms, names, numbers, weighted as the engine weighs them). Articles sharing a key are joined by a
 * star to the key's smallest node (BigCode's near-deduplication does the same): a bucket of n
 * articles costs n - 1 edges, not n(n - 1)/2.
 *
 * <p>With {@code arity} 2 the keys are the pairs of an article's top features instead (AND-amplification:
 * two articles of one event share a name and a place, two of one beat share one common name): single
 * features chain a whole corpus into one component, pairs keep components near topic size.
 *
 * <p>A feature (or pair) in more than {@code bucketCap} articles links none (passim skips n-grams in more than
 * 100 documents; the engine does not index features in more than {@code maxPostings}): it tells no
 * story apart. Bands are not capped: a band shared is near-identical text, the same story at any
 * count, and its star costs one edge per article. An article without words has no bands.
 */
final class Candidates {
  /** LSH bands over the 64-value signature: 16 bands of 4 rows, as in the engine's index. */
  static final int BANDS = 16;

  private static final StructType KEYS = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("key", DataTypes.LongType, false)
      .add("node", DataTypes.LongType, false);
  private static final StructType FEATURES = new StructType()
      .add("node", DataTypes.LongType, false)
      .add("feature", DataTypes.IntegerType, false)
      .add("w", DataTypes.DoubleType, false);

  private Candidates() {}

  /** Edges {@code (src, dst)}, src the member and dst its bucket's smallest node; distinct, no loops. */
  static Dataset<Row> edges(Dataset<Row> clean, ClusterConfig config, int bucketCap, int topFeatures,
                            int arity) {
    Dataset<Row> keys = bands(clean).union(features(clean, config, bucketCap, topFeatures, arity));
    Dataset<Row> roots = keys.groupBy("kind", "key").agg(min("node").as("root"), count(lit(1)).as("size"))
        .where(col("size").geq(2).and(col("kind").equalTo(0).or(col("size").leq(bucketCap))));
    return keys.join(roots, new String[] {"kind", "key"})
        .where(col("node").notEqual(col("root")))
        .select(col("node").as("src"), col("root").as("dst"))
        .distinct();
  }

  private static Dataset<Row> bands(Dataset<Row> clean) {
    return clean.select("node", "minhash").flatMap((FlatMapFunction<Row, Row>) r -> {
      long node = r.getLong(0);
      List<Integer> m = r.getList(1);
      List<Row> out = new ArrayList<>(BANDS);
      if (m.isEmpty() || m.stream().allMatch(v -> v == Integer.MAX_VALUE)) {
        return out.iterator();
      }
      int rows = Fingerprinter.MINHASH_SIZE / BANDS;
      for (int b = 0; b < BANDS; b++) {
        long h = 0x9E3779B97F4A7C15L * (b + 1);
        for (int i = b * rows; i < (b + 1) * rows; i++) {
          h = mix(h ^ m.get(i));
        }
        out.add(RowFactory.create(0, h, node));
      }
      return out.iterator();
    }, Encoders.row(KEYS));
  }

  /**
   * Each article's {@code topFeatures} heaviest features among those in 2 to {@code bucketCap} articles.
   * Weights as the engine's: (1 + ln count) x idf x the kind's boost, idf = ln((n + 1) / (df + 1)) + 1.
   */
  private static Dataset<Row> features(Dataset<Row> clean, ClusterConfig config, int bucketCap, int topFeatures,
                                       int arity) {
    double names = config.nameWeight();
    double numbers = config.numberWeight();
    Dataset<Row> f = clean.select("node", "features", "counts", "kinds").flatMap((FlatMapFunction<Row, Row>) r -> {
      long node = r.getLong(0);
      List<Integer> ids = r.getList(1);
      List<Float> counts = r.getList(2);
      List<Byte> kinds = r.getList(3);
      List<Row> out = new ArrayList<>(ids.size());
      for (int i = 0; i < ids.size(); i++) {
        byte k = kinds.get(i);
        double boost = k == Fingerprint.NAME ? names : k == Fingerprint.NUMBER ? numbers : 1;
        out.add(RowFactory.create(node, ids.get(i), (1 + Math.log(counts.get(i))) * boost));
      }
      return out.iterator();
    }, Encoders.row(FEATURES));
    long n = clean.count();
    Dataset<Row> df = f.groupBy("feature").agg(count(lit(1)).as("df"))
        .where(col("df").between(2, bucketCap));
    Dataset<Row> weighted = f.join(df, "feature")
        .withColumn("w", col("w").multiply(log(lit(n + 1.0).divide(col("df").plus(1))).plus(1)));
    Dataset<Row> top = weighted
        .withColumn("rank", row_number().over(Window.partitionBy("node").orderBy(col("w").desc(), col("feature"))))
        .where(col("rank").leq(topFeatures));
    if (arity == 1) {
      return top.select(lit(1).as("kind"), col("feature").cast(DataTypes.LongType).as("key"), col("node"));
    }
    return top.groupBy("node").agg(collect_list("feature").as("top")).flatMap((FlatMapFunction<Row, Row>) r -> {
      long node = r.getLong(0);
      List<Integer> fs = new ArrayList<>(r.getList(1));
      fs.sort(null);
      List<Row> out = new ArrayList<>();
      for (int i = 0; i < fs.size(); i++) {
        for (int j = i + 1; j < fs.size(); j++) {
          out.add(RowFactory.create(2, mix(((long) fs.get(i) << 32) ^ (fs.get(j) & 0xffffffffL)), node));
        }
      }
      return out.iterator();
    }, Encoders.row(KEYS));
  }

  /** A 64-bit finalizer (MurmurHash3's fmix64): band keys spread evenly over shuffle partitions. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53a87d3L;
    h ^= h >>> 33;
    return h;
  }
}
