package org.storyfold.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Step 4: components of the scored edges, none larger than {@code maxComponent} unless copies hold it
 * together. At the engine's topic threshold every topic lies inside one component, but one pair of
 * unrelated articles close by chance joins two topics, and in a corpus such pairs chain thousands of
 * topics together (ECB+: one component of all 982 articles at 0.06 and at 0.12). So a component above
 * the limit is split again on its own edges at a threshold 1.25 times higher, and so on: a small
 * component keeps the engine's exact threshold, a chained one is cut where its chance links are, and
 * only topics inside an oversized component can lose a weak member. Band edges (copies) score 1 and
 * are never cut; a level that would drop no edge of the oversized components is skipped.
 */
final class Topics {
  /** Each level raises the edge threshold by this factor: about ten levels from 0.06 to 1. */
  static final double STEP = 1.25;

  private Topics() {}

  /** {@code (node, component)} for every node of an edge, the component its smallest node. */
  static Dataset<Row> of(Dataset<Row> edges, double threshold, int maxComponent) {
    Dataset<Row> labels = Components.of(edges).checkpoint();
    double applied = threshold;
    for (double t = threshold * STEP; t <= 1; t *= STEP) {
      Dataset<Row> big = labels.groupBy("component").count().where(col("count").gt(maxComponent)).select("component");
      if (big.isEmpty()) {
        break;
      }
      Dataset<Row> inBig = labels.join(big, "component").select("node");
      // no edge of the oversized components between the last threshold applied and this one: the same
      // graph, the same components (copies, score 1, hold a site's near-identical pages at every level)
      if (edges.where(col("score").geq(applied).and(col("score").lt(t)))
          .join(inBig, edges.col("src").equalTo(inBig.col("node"))).isEmpty()) {
        continue;
      }
      applied = t;
      Dataset<Row> sub = edges.where(col("score").geq(t))
          .join(inBig, edges.col("src").equalTo(inBig.col("node")))
          .select("src", "dst", "score");
      Dataset<Row> parts = Components.of(sub);
      Dataset<Row> split = inBig.join(parts, inBig.col("node").equalTo(parts.col("node")), "left")
          .select(inBig.col("node"), coalesce(parts.col("component"), inBig.col("node")).as("component"));
      labels = labels.join(big, "component", "left_anti").select("node", "component").union(split).checkpoint();
    }
    return labels;
  }
}
