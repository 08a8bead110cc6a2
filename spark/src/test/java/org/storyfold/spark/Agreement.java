package org.storyfold.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.storyfold.Storyfold;
import org.storyfold.eval.ClusterScores;
import org.storyfold.story.Story;

/**
 * Prints how far the job's stories are from the engine's and from gold on a labelled JSON-lines set
 * ({@code id}, {@code text}, {@code event}): {@code Agreement DOCS.jsonl OUT_DIR [MASTER [JOB OPTIONS...]]}.
 */
public final class Agreement {
  private Agreement() {}

  public static void main(String[] args) throws Exception {
    Path docs = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String master = args.length > 2 ? args[2] : "local[2]";
    List<String> options = new java.util.ArrayList<>(List.of(args).subList(Math.min(3, args.length), args.length));
    options.addAll(List.of("--output", out.toString(), docs.toString()));
    SparkSession spark = SparkSession.builder().master(master).appName("storyfold-agreement")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    Metrics metrics = Metrics.watch(spark);
    long t0 = System.nanoTime();
    StoryfoldJob.run(spark, JobOptions.parse(options.toArray(String[]::new)));
    long t1 = System.nanoTime();
    String measured = metrics.report(t1 - t0);
    Map<String, String> job = Sessions.assignment(spark, out);
    List<Row> comps = spark.read().parquet(out.resolve("stories").toString())
        .groupBy("component").sum("size").withColumnRenamed("sum(size)", "n")
        .orderBy(org.apache.spark.sql.functions.col("n").desc()).collectAsList();
    spark.stop();

    Storyfold engine = Engines.get(true);
    long t2 = System.nanoTime();
    List<Story> stories = engine.fold(List.of(docs.toString()), System.in).stories();
    long t3 = System.nanoTime();
    Map<String, String> reference = new HashMap<>();
    for (Story s : stories) {
      s.articles().forEach(a -> reference.put(a.id(), s.id()));
    }
    Map<String, String> gold = gold(docs);
    System.out.printf("set %s: %d articles; job %d stories in %d components (largest %d articles), %.1f s;"
            + " engine %d stories, %.1f s%n", docs, reference.size(), new java.util.HashSet<>(job.values()).size(),
        comps.size(), comps.isEmpty() ? 0 : comps.get(0).getLong(1), (t1 - t0) / 1e9, stories.size(), (t3 - t2) / 1e9);
    System.out.println(measured);
    System.out.println("job vs engine: " + Sessions.agreement(job, reference));
    Map<String, String> goldOfEngine = new HashMap<>();
    reference.keySet().forEach(id -> goldOfEngine.put(id, gold.get(id)));
    System.out.println("job vs gold:    " + Sessions.agreement(job, goldOfEngine));
    System.out.println("engine vs gold: " + Sessions.agreement(reference, goldOfEngine));
    differences(job, reference);
  }

  /** Articles whose story-mates differ between the two runs, the first few named. */
  private static void differences(Map<String, String> job, Map<String, String> reference) {
    Map<String, java.util.Set<String>> byJob = new HashMap<>();
    Map<String, java.util.Set<String>> byRef = new HashMap<>();
    job.forEach((id, s) -> byJob.computeIfAbsent(s, x -> new java.util.TreeSet<>()).add(id));
    reference.forEach((id, s) -> byRef.computeIfAbsent(s, x -> new java.util.TreeSet<>()).add(id));
    int differ = 0;
    StringBuilder sample = new StringBuilder();
    for (String id : new java.util.TreeSet<>(reference.keySet())) {
      java.util.Set<String> a = byJob.get(job.get(id));
      java.util.Set<String> b = byRef.get(reference.get(id));
      if (a == null || !a.equals(b)) {
        if (differ++ < 8) {
          sample.append("\n  ").append(id).append(": job ").append(a == null ? 0 : a.size())
              .append(" mates, engine ").append(b.size());
        }
      }
    }
    System.out.println("articles whose story differs: " + differ + sample);
  }

  private static Map<String, String> gold(Path docs) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> gold = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(docs)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        gold.put(n.get("id").asText(), n.get("event").asText());
      }
    }
    return gold;
  }
}
