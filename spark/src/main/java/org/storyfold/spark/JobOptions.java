package org.storyfold.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the job is told.
 *
 * @param inputs       files, folders or Hadoop URIs: JSON lines, WARC, HTML, text, Parquet ({@code id}, {@code text})
 * @param output       the output folder (Hadoop URI or local path)
 * @param master       the Spark master for a local run ({@code local[*]}), or null to take spark-submit's
 * @param jsonl        whether {@code DIR/stories.jsonl} is written too
 * @param bucketCap    a feature shared by more articles than this links none of them (default 200, the
 *                     engine's {@code maxPostings}: passim's rule, a key that common tells nothing)
 * @param topFeatures  features per article used for shuffle keys (default 40, the engine's {@code topFeatures})
 * @param embeddings   whether the engine may use its sentence-embedding model (default true, as the CLI)
 * @param partitions   shuffle partitions, or 0 to keep Spark's setting
 * @param maxComponent a component of more articles is split at a higher edge threshold (default 20,000: a
 *                     component is the job's unit of parallel grouping, so its largest bounds a run's
 *                     slowest task, and a split can cut the engine's stories: snippet feeds such as
 *                     GoogleNews-TS chain into one component of 11,109 at any useful threshold, and a
 *                     split to 1,000 kept 0.58 of their stories whole (B-cubed recall); 20,000 keeps such
 *                     a feed whole, one engine batch of a few minutes and about 2 GB, while full-text news
 *                     forms components of topic size anyway. Lower it (ECB+: 200) to trade a little
 *                     agreement for smaller tasks)
 */
record JobOptions(List<String> inputs, String output, String master, boolean jsonl, int bucketCap,
                  int topFeatures, boolean embeddings, int partitions,
                  int maxComponent) {
  /** The default {@code --max-component}. */
  static final int MAX_COMPONENT = 20_000;
  static final String USAGE = "usage: storyfold spark [--master local[*]] [--format parquet|jsonl] "
      + "[--partitions N] [--bucket-cap N] [--top-features N] [--max-component N] [--no-embeddings] --output DIR INPUT...";

  JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input given; " + USAGE);
    }
    if (bucketCap < 2 || topFeatures < 1 || partitions < 0 || maxComponent < 2) {
      throw new IllegalArgumentException("--bucket-cap must be at least 2, --top-features at least 1, --partitions at"
          + " least 0, --max-component at least 2; got " + bucketCap + ", " + topFeatures + ", " + partitions + ", "
          + maxComponent);
    }
  }

  static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String master = null;
    boolean jsonl = false;
    int cap = 200;
    int partitions = 0;
    int top = 40;
    int maxComponent = MAX_COMPONENT;
    boolean embeddings = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--output", "-o" -> output = value(args, ++i, a);
        case "--master" -> master = value(args, ++i, a);
        case "--format" -> jsonl = format(value(args, ++i, a));
        case "--bucket-cap" -> cap = number(value(args, ++i, a), a);
        case "--partitions" -> partitions = number(value(args, ++i, a), a);
        case "--top-features" -> top = number(value(args, ++i, a), a);
        case "--max-component" -> maxComponent = number(value(args, ++i, a), a);
        case "--no-embeddings" -> embeddings = false;
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
          }
          inputs.add(a);
        }
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("--output DIR is required; " + USAGE);
    }
    return new JobOptions(inputs, output, master, jsonl, cap, top, embeddings, partitions, maxComponent);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; " + USAGE);
    }
    return args[i];
  }

  private static boolean format(String f) {
    return switch (f) {
      case "parquet" -> false;
      case "jsonl" -> true;
      default -> throw new IllegalArgumentException("--format must be parquet or jsonl, got " + f);
    };
  }

  private static int number(String v, String option) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number, got " + v);
    }
  }
}
