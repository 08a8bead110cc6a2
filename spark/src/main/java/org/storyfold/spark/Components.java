package org.storyfold.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.bit_xor;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Step 3: connected components of the candidate graph, on DataFrames, nothing collected.
 *
 * <p>Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and
 * Beyond" (SoCC 2014): alternate two local moves until neither changes the graph. Large-star links
 * every neighbour larger than a node to the node's smallest neighbour (itself included); small-star
 * links a node and its smaller neighbours to the smallest of them. Both keep components intact and
 * shrink their diameter; at the fixed point every component is a star around its smallest node, which
 * names it. O(log^2 n) rounds, each a few shuffles of the edge list. Each round is checkpointed so the
 * query plan does not grow with the rounds; the fixed point is seen from a count and a checksum.
 */
final class Components {
  /** A guard far above the O(log^2 n) rounds a real graph needs (a billion nodes: about 900). */
  static final int MAX_ROUNDS = 1000;

  private Components() {}

  /** {@code (node, component)} for every node of an edge: the component is its smallest node. */
  static Dataset<Row> of(Dataset<Row> edges) {
    Dataset<Row> e = edges.select("src", "dst").checkpoint();
    long[] before = signature(e);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      e = smallStar(largeStar(e)).checkpoint();
      long[] after = signature(e);
      if (after[0] == before[0] && after[1] == before[1]) {
        break;
      }
      before = after;
    }
    Dataset<Row> members = e.groupBy("src").agg(min("dst").as("component")).withColumnRenamed("src", "node");
    Dataset<Row> centres = e.select(col("dst").as("node"), col("dst").as("component"));
    return members.union(centres).groupBy("node").agg(min("component").as("component"));
  }

  /** Each node's larger neighbours are linked to the smallest node of its neighbourhood. */
  static Dataset<Row> largeStar(Dataset<Row> e) {
    Dataset<Row> both = e.select(col("src").as("u"), col("dst").as("v"))
        .union(e.select(col("dst").as("u"), col("src").as("v")));
    Dataset<Row> m = both.groupBy("u").agg(min("v").as("mv"))
        .select(col("u").as("mu_node"), least(col("u"), col("mv")).as("m"));
    return both.join(m, both.col("u").equalTo(m.col("mu_node")))
        .where(col("v").gt(col("u")))
        .select(col("v").as("src"), col("m").as("dst"))
        .distinct();
  }

  /** Each node and its smaller neighbours are linked to the smallest of them. */
  static Dataset<Row> smallStar(Dataset<Row> e) {
    Dataset<Row> down = e.select(greatest(col("src"), col("dst")).as("u"), least(col("src"), col("dst")).as("v"))
        .where(col("u").notEqual(col("v")));
    Dataset<Row> m = down.groupBy("u").agg(min("v").as("m")).withColumnRenamed("u", "mu_node");
    Dataset<Row> j = down.join(m, down.col("u").equalTo(m.col("mu_node")));
    return j.select(col("v").as("src"), col("m").as("dst")).where(col("src").notEqual(col("dst")))
        .union(j.select(col("u").as("src"), col("m").as("dst")))
        .distinct();
  }

  /** The edge count and an order-free checksum of the edges: equal when a round changed nothing. */
  private static long[] signature(Dataset<Row> e) {
    Row r = e.agg(org.apache.spark.sql.functions.count("src"), bit_xor(xxhash64(col("src"), col("dst")))).first();
    return new long[] {r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1)};
  }
}
