package org.storyfold.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.PairScorer;
import org.storyfold.fingerprint.Fingerprint;

/**
 * The whole input's word statistics, as the engine has them in one batch: the document frequency of
 * every feature in two or more articles (one aggregation, broadcast), the article count, and the
 * similarity two unrelated articles have by chance. Step 3 weighs candidate pairs by them; step 5 hands
 * them to the engine's grouping of each component ({@link org.storyfold.Storyfold#stories(List,
 * PairScorer)}), so a component is grouped with the batch's idf and chance level, not its own.
 *
 * <p>The chance level is the engine's mean cosine of random pairs; here it is the mean over all pairs
 * of the {@link #SAMPLE} articles with the smallest node ids (a deterministic sample of up to 400
 * vectors, about 80,000 pairs, the only rows besides the table the driver sees). Up to 200 articles
 * this is the engine's exact figure (it takes all pairs too); above, both are estimates of one mean.
 */
final class BatchWeights implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SAMPLE = 400;

  private final ConfigCarrier settings;
  private final long size;
  private final Broadcast<int[][]> table;
  private final double noise;
  /** The scorer, built once per deserialized copy (a task's), not once per component. */
  private transient volatile PairScorer scorer;

  private BatchWeights(ConfigCarrier settings, long size, Broadcast<int[][]> table, double noise) {
    this.settings = settings;
    this.size = size;
    this.table = table;
    this.noise = noise;
  }

  /** {@code clean}: article rows with {@code node, features, counts, kinds}. */
  static BatchWeights of(Dataset<Row> clean, ClusterConfig config) {
    long n = clean.count();
    List<Row> frequent = clean.select(explode(col("features")).as("feature"))
        .groupBy("feature").agg(count(lit(1)).as("df"))
        .where(col("df").geq(2))
        .orderBy("feature")
        .collectAsList();
    int[] hashes = new int[frequent.size()];
    int[] df = new int[frequent.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = frequent.get(i).getInt(0);
      df[i] = (int) frequent.get(i).getLong(1);
    }
    PairScorer scorer = new PairScorer(config, Math.max(1, n), hashes, df);
    List<Row> sample = clean.select("node", "features", "counts", "kinds").orderBy("node").limit(SAMPLE)
        .collectAsList();
    List<int[]> features = new ArrayList<>();
    List<float[]> weights = new ArrayList<>();
    for (Row r : sample) {
      Fingerprint fp = fingerprint(r.getList(1), r.getList(2), r.getList(3));
      features.add(fp.features());
      weights.add(scorer.weights(fp));
    }
    double sum = 0;
    long pairs = 0;
    for (int a = 0; a < features.size(); a++) {
      for (int b = a + 1; b < features.size(); b++) {
        sum += PairScorer.similarity(features.get(a), weights.get(a), features.get(b), weights.get(b));
        pairs++;
      }
    }
    Broadcast<int[][]> table = JavaSparkContext.fromSparkContext(clean.sparkSession().sparkContext())
        .broadcast(new int[][] {hashes, df});
    return new BatchWeights(new ConfigCarrier(config), Math.max(1, n), table, pairs == 0 ? 0 : sum / pairs);
  }

  /** The engine's weighting of the whole batch with its chance level (immutable, so shared). */
  PairScorer scorer() {
    PairScorer s = scorer;
    if (s == null) {
      int[][] t = table.value();
      s = new PairScorer(settings.config(), size, t[0], t[1]).withNoise(noise);
      scorer = s;
    }
    return s;
  }

  ClusterConfig config() {
    return settings.config();
  }

  double noise() {
    return noise;
  }

  static Fingerprint fingerprint(List<Integer> features, List<Float> counts, List<Byte> kinds) {
    int[] f = new int[features.size()];
    float[] c = new float[counts.size()];
    byte[] k = new byte[kinds.size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = features.get(i);
      c[i] = counts.get(i);
      k[i] = kinds.get(i);
    }
    return new Fingerprint(new int[0], f, c, k);
  }
}
