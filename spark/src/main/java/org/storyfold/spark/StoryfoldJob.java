package org.storyfold.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.storyfold.StoryfoldConfig;

/**
 * The Spark job: the stories of {@code storyfold cluster}, for inputs too big for one machine.
 *
 * <pre>
 *  read (parallel) -> clean by site + fingerprint -> bucket keys -> star edges
 *    -> connected components -> engine stories per component -> describe -> Parquet (+ JSON lines)
 * </pre>
 *
 * <p>Outputs: {@code DIR/stories} (Parquet: story, component, size, headline, articles, summary, json),
 * {@code DIR/articles} (Parquet: the clean article and its story), and with {@code --format jsonl}
 * {@code DIR/stories.jsonl}, one story a line, largest first. Run it with {@code spark-submit --class
 * org.storyfold.spark.StoryfoldJob storyfold-spark.jar --output DIR INPUT...}, or locally with
 * {@code --master local[*]}.
 */
public final class StoryfoldJob {
  private StoryfoldJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("storyfold spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("storyfold");
    if (options.master() != null) {
      builder.master(options.master()).config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    if (options.master() != null) {
      spark.sparkContext().setLogLevel("WARN");
    }
    try {
      run(spark, options);
      System.err.println("storyfold spark: wrote " + new Path(options.output(), "stories") + " and "
          + new Path(options.output(), "articles") + (options.jsonl() ? " and stories.jsonl" : ""));
    } finally {
      spark.stop();
    }
  }

  /** Runs the job on a session and writes its outputs; nothing but counts reaches the driver. */
  static void run(SparkSession spark, JobOptions options) {
    if (options.partitions() > 0) {
      spark.conf().set("spark.sql.shuffle.partitions", options.partitions());
    }
    String out = options.output();
    Path checkpoints = new Path(out, "_checkpoints");
    spark.sparkContext().setCheckpointDir(checkpoints.toString());
    boolean embeddings = options.embeddings();
    StoryfoldConfig config = StoryfoldConfig.defaults().withEmbeddings(embeddings);

    Dataset<Row> read = Inputs.read(spark, options.inputs(), embeddings);
    Dataset<Row> clean = Prepare.clean(read, embeddings)
        .withColumn("node", xxhash64(col("id")))
        .checkpoint();
    // read again at each level of Topics: scored once
    // the whole input's frequencies and chance level: edges are scored, and components grouped, by them
    BatchWeights batch = BatchWeights.of(clean, config.cluster());
    Dataset<Row> edges = Candidates.edges(clean, batch, options.bucketCap(), options.topFeatures())
        .checkpoint();
    Dataset<Row> labels = Topics.of(edges, config.cluster().threshold(), options.maxComponent());
    Dataset<Row> labelled = clean.join(labels, clean.col("node").equalTo(labels.col("node")), "left")
        .select(clean.col("*"), coalesce(labels.col("component"), clean.col("node")).as("component"));
    Dataset<Row> stories = Refine.stories(labelled, embeddings, batch).checkpoint();

    stories.write().mode(SaveMode.Overwrite).parquet(new Path(out, "stories").toString());
    Dataset<Row> membership = stories.select(col("story"), explode(col("articles.id")).as("id"));
    clean.join(membership, "id")
        .select("id", "url", "source", "title", "text", "published", "language", "story", "node")
        .write().mode(SaveMode.Overwrite).parquet(new Path(out, "articles").toString());
    if (options.jsonl()) {
      writeJsonLines(spark, stories, out);
    }
    delete(spark, checkpoints);
  }

  /** One story a line, largest first, in one file: Spark writes a folder, so its one part is moved. */
  private static void writeJsonLines(SparkSession spark, Dataset<Row> stories, String out) {
    Path tmp = new Path(out, "_stories_jsonl");
    stories.orderBy(col("size").desc(), col("story")).select("json").coalesce(1)
        .write().mode(SaveMode.Overwrite).text(tmp.toString());
    try {
      FileSystem fs = tmp.getFileSystem(spark.sparkContext().hadoopConfiguration());
      Path target = new Path(out, "stories.jsonl");
      fs.delete(target, false);
      for (FileStatus s : fs.listStatus(tmp)) {
        if (s.getPath().getName().startsWith("part-")) {
          fs.rename(s.getPath(), target);
        }
      }
      fs.delete(tmp, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(SparkSession spark, Path path) {
    try {
      path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
    } catch (IOException e) {
      System.err.println("storyfold spark: could not delete " + path + ": " + e.getMessage());
    }
  }
}
