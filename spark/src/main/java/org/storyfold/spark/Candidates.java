package org.storyfold.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.fingerprint.Fingerprinter;

/**
 * Step 2: candidate edges from shuffle keys, never from all pairs. The keys are the engine's own two
 * ways to find candidates: MinHash LSH bands (copies) and each article's heaviest features (rare
 * terms, names, numbers, weighted as the engine weighs them). Articles sharing a band are joined by a
 * star to the band's smallest node (BigCode's near-deduplication does the same): a bucket of n
 * copies costs n - 1 edges, not n(n - 1)/2, and needs no scoring (a shared band is near-identical
 * text). A band in more than {@code bucketCap} articles links none, as in the engine's index: pages
 * of one site left with nothing but their shared title after cleaning agree on every band, and such a
 * bucket would otherwise make one component of the whole site. Articles sharing a heavy feature are
 * linked only where the engine's own pair similarity joins them ({@link Scoring}, step 3).
 */
final class Candidates {
  /** LSH bands over the 64-value signature: 16 bands of 4 rows, as in the engine's index. */
  static final int BANDS = 16;

  private static final StructType KEYS = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("key", DataTypes.LongType, false)
      .add("node", DataTypes.LongType, false);
  private Candidates() {}

  /**
   * Edges {@code (src, dst, score)}, distinct, no loops: band stars (src the member, dst the band's
   * smallest node, score 1: copies) and the scored pairs of {@link Scoring}.
   */
  static Dataset<Row> edges(Dataset<Row> clean, BatchWeights batch, int bucketCap, int topFeatures) {
    Dataset<Row> keys = bands(clean);
    Dataset<Row> roots = keys.groupBy("key").agg(min("node").as("root"), count(lit(1)).as("size"))
        .where(col("size").between(2, bucketCap));
    Dataset<Row> copies = keys.join(roots, "key")
        .where(col("node").notEqual(col("root")))
        .select(col("node").as("src"), col("root").as("dst"), lit(1.0).as("score"));
    return copies.union(Scoring.edges(clean, batch, bucketCap, topFeatures))
        .groupBy("src", "dst").agg(max("score").as("score"));
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

  /** A 64-bit finalizer (MurmurHash3's fmix64): band keys spread evenly over shuffle partitions. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53a87d3L;
    h ^= h >>> 33;
    return h;
  }
}
