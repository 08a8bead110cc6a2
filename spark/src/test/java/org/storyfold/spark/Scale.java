package org.storyfold.spark;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Prints what one local run of the job costs and how big its components are:
 * {@code Scale INPUT OUT_DIR [MASTER [PARTITIONS [JOB OPTIONS...]]]}. With a JSON-lines input carrying
 * {@code event} (bench/scripts/crawl_corpus.py writes it), the stories are also scored against it.
 */
public final class Scale {
  private Scale() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[1]);
    String master = args.length > 2 ? args[2] : "local[2]";
    String partitions = args.length > 3 ? args[3] : "2";
    List<String> options = new java.util.ArrayList<>(List.of(args).subList(Math.min(4, args.length), args.length));
    options.addAll(List.of("--output", out.toString(), args[0]));
    SparkSession spark = SparkSession.builder().master(master).appName("storyfold-scale")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", partitions).getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Metrics metrics = Metrics.watch(spark);
    long t0 = System.nanoTime();
    StoryfoldJob.run(spark, JobOptions.parse(options.toArray(String[]::new)));
    long t1 = System.nanoTime();
    List<Row> comps = spark.read().parquet(out.resolve("stories").toString())
        .groupBy("component").sum("size").withColumnRenamed("sum(size)", "n")
        .orderBy(col("n").desc()).limit(3).collectAsList();
    long components = spark.read().parquet(out.resolve("stories").toString()).select("component").distinct().count();
    long stories = spark.read().parquet(out.resolve("stories").toString()).count();
    long articles = spark.read().parquet(out.resolve("articles").toString()).count();
    System.out.printf("input %s: %d articles, %d stories, %d components, largest %s%n", args[0], articles,
        stories, components, comps.stream().map(r -> String.valueOf(r.getLong(1))).toList());
    System.out.println(metrics.report(t1 - t0, articles));
    List<Row> members = spark.read().parquet(out.resolve("stories").toString())
        .select(org.apache.spark.sql.functions.explode(col("articles.relation")).as("relation"))
        .groupBy("relation").count().collectAsList();
    System.out.println("members by relation: " + members.stream().map(r -> r.get(0) + " " + r.getLong(1)).toList());
    if (args[0].endsWith(".jsonl") && List.of(spark.read().json(args[0]).columns()).contains("event")) {
      Map<String, String> job = Sessions.assignment(spark, out);
      Map<String, String> gold = new java.util.HashMap<>();
      spark.read().json(args[0]).where(col("event").isNotNull()).select("id", "event").collectAsList()
          .forEach(r -> gold.put(r.getString(0), r.getString(1)));
      if (!gold.isEmpty()) {
        System.out.println("job vs gold: " + Sessions.agreement(job, gold));
      }
    }
    spark.stop();
  }
}
