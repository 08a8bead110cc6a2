package org.storyfold.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storyfold.eval.ClusterScores;

/** A small local session for tests, and readers of the job's output. */
final class Sessions {
  private Sessions() {}

  /** {@code local[2]}, UI off, two shuffle partitions. */
  static SparkSession local() {
    return SparkSession.builder().master("local[2]").appName("storyfold-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .getOrCreate();
  }

  /** Article id to story id, from {@code DIR/articles}. */
  static Map<String, String> assignment(SparkSession spark, Path out) {
    Map<String, String> m = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("articles").toString()).select("id", "story").collectAsList()) {
      String before = m.put(r.getString(0), r.getString(1));
      if (before != null) {
        throw new AssertionError("article " + r.getString(0) + " is in two stories");
      }
    }
    return m;
  }

  /** B-cubed and ARI of one assignment against another, over the ids of {@code reference}. */
  static ClusterScores agreement(Map<String, String> predicted, Map<String, String> reference) {
    List<String> p = new ArrayList<>();
    List<String> g = new ArrayList<>();
    for (Map.Entry<String, String> e : reference.entrySet()) {
      p.add(predicted.getOrDefault(e.getKey(), "missing:" + e.getKey()));
      g.add(e.getValue());
    }
    return ClusterScores.of(p, g);
  }
}
