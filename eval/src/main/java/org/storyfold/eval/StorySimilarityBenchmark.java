package org.storyfold.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfold.reuse.Reuse;
import org.storyfold.reuse.ReuseConfig;
import org.storyfold.text.TextAnalyzer;

/**
 * Same story or not, across languages: the article similarity of {@link Reuse} on the SemEval-2022
 * Task 8 training pairs ({@code training_set.csv}: pair_id, lang1, lang2, text1, text2 and ratings
 * from 1, same, to 4, unrelated; {@code Overall} is the one scored).
 *
 * <p>The similarity is a linear model over a handful of signals; its weights are fitted here by
 * least squares against (4 - Overall) / 3. The figure reported is 5-fold cross-validated (seeded
 * folds: each pair is predicted by weights fitted on the other four fifths), never a fit scored on
 * its own pairs. Beside it, in the same run, the baseline of the task: a plain word TF-IDF cosine
 * (words = runs of letters and digits, lower case; IDF over every text of the set).
 *
 * <p>Run: {@code java -cp core/target/classes:... org.storyfold.eval.StorySimilarityBenchmark
 * ../shared/eval/semeval2022/training_set.csv}; prints Pearson overall and per language pair, and
 * the weights fitted on all pairs (those shipped in {@code ReuseConfig}).
 */
public final class StorySimilarityBenchmark {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private StorySimilarityBenchmark() {}

  /** One rated pair; {@code overall} from 1 (same story) to 4 (unrelated). */
  public record Pair(String lang1, String lang2, String a, String b, double overall) {
    String languages() {
      return lang1 + "-" + lang2;
    }

    double target() {
      return (4 - overall) / 3;
    }
  }

  /** Pearson of ours (cross-validated) and of the TF-IDF baseline, overall and per language pair. */
  public record Result(int pairs, double ours, double oursAlone, double tfidf, Map<String, double[]> byLanguages,
                       double[] weights, double[] weightsAlone) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "pairs=%d pearson ours(5-fold CV, batch IDF)=%.3f ours(5-fold CV, each pair alone)=%.3f tfidf=%.3f%n",
          pairs, ours, oursAlone, tfidf));
      byLanguages.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-6s n=%4d ours=%.3f tfidf=%.3f%n",
          k, (int) v[0], v[1], v[2])));
      sb.append("weights fitted on all pairs: ").append(java.util.Arrays.toString(round(weights)))
          .append("\nweights fitted on all pairs, each alone: ").append(java.util.Arrays.toString(round(weightsAlone)));
      return sb.toString();
    }
  }

  public static void main(String[] args) {
    System.out.println(run(Path.of(args[0]), new TextAnalyzer()));
  }

  /**
   * Reads the set, computes both similarities, cross-validates ours: with document frequencies over
   * the set's texts (as {@code storyfold pairs} weighs a batch), and with each pair alone.
   */
  public static Result run(Path csv, TextAnalyzer analyzer) {
    List<Pair> pairs = read(csv);
    List<String[]> texts = pairs.stream().map(p -> new String[] {p.a(), p.b()}).toList();
    double[][] x = new Reuse(analyzer, ReuseConfig.defaults(), null).storyFeatures(texts);
    double[][] alone = new Reuse(analyzer, ReuseConfig.defaults().withMinBatchForIdf(Integer.MAX_VALUE), null)
        .storyFeatures(texts);
    double[] y = pairs.stream().mapToDouble(Pair::target).toArray();
    double[] ours = crossValidate(x, y, 5, 42);
    double[] tfidf = tfidf(pairs);
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      groups.computeIfAbsent(pairs.get(i).languages(), k -> new ArrayList<>()).add(i);
    }
    Map<String, double[]> by = new LinkedHashMap<>();
    groups.forEach((k, idx) -> by.put(k, new double[] {idx.size(), pearson(ours, y, idx), pearson(tfidf, y, idx)}));
    return new Result(pairs.size(), pearson(ours, y, null), pearson(crossValidate(alone, y, 5, 42), y, null),
        pearson(tfidf, y, null), by, fit(x, y), fit(alone, y));
  }

  /** Each pair predicted by a model fitted on the other folds (folds by a seeded shuffle). */
  public static double[] crossValidate(double[][] x, double[] y, int folds, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < y.length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int[] fold = new int[y.length];
    for (int r = 0; r < order.size(); r++) {
      fold[order.get(r)] = r % folds;
    }
    double[] pred = new double[y.length];
    for (int f = 0; f < folds; f++) {
      List<double[]> tx = new ArrayList<>();
      List<Double> ty = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (fold[i] != f) {
          tx.add(x[i]);
          ty.add(y[i]);
        }
      }
      double[] w = fit(tx.toArray(double[][]::new), ty.stream().mapToDouble(Double::doubleValue).toArray());
      for (int i = 0; i < y.length; i++) {
        if (fold[i] == f) {
          pred[i] = Math.max(0, Math.min(1, predict(w, x[i])));
        }
      }
    }
    return pred;
  }

  static double predict(double[] w, double[] x) {
    double z = w[0];
    for (int i = 0; i < x.length; i++) {
      z += w[i + 1] * x[i];
    }
    return z;
  }

  /** Least squares with an intercept (normal equations, ridge 1e-6 for stability). */
  public static double[] fit(double[][] x, double[] y) {
    int d = x[0].length + 1;
    double[][] a = new double[d][d + 1];
    for (int i = 0; i < y.length; i++) {
      double[] row = new double[d];
      row[0] = 1;
      System.arraycopy(x[i], 0, row, 1, d - 1);
      for (int p = 0; p < d; p++) {
        for (int q = 0; q < d; q++) {
          a[p][q] += row[p] * row[q];
        }
        a[p][d] += row[p] * y[i];
      }
    }
    for (int p = 0; p < d; p++) {
      a[p][p] += 1e-6 * y.length;
    }
    return LinearSystem.solveAugmented(a);
  }

  /** Pearson correlation over the given indices (all when null). */
  public static double pearson(double[] a, double[] b, List<Integer> idx) {
    int n = idx == null ? a.length : idx.size();
    double ma = 0;
    double mb = 0;
    for (int k = 0; k < n; k++) {
      int i = idx == null ? k : idx.get(k);
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int k = 0; k < n; k++) {
      int i = idx == null ? k : idx.get(k);
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa == 0 || sbb == 0 ? 0 : sab / Math.sqrt(saa * sbb);
  }

  /** The baseline: plain word TF-IDF cosine, IDF over every text of the set. */
  public static double[] tfidf(List<Pair> pairs) {
    List<Map<String, Integer>> bags = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Pair p : pairs) {
      for (String t : new String[] {p.a(), p.b()}) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(t.toLowerCase(Locale.ROOT));
        while (m.find()) {
          bag.merge(m.group(), 1, Integer::sum);
        }
        bag.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
        bags.add(bag);
      }
    }
    int n = bags.size();
    double[] out = new double[pairs.size()];
    for (int i = 0; i < out.length; i++) {
      Map<String, Double> va = weigh(bags.get(2 * i), df, n);
      Map<String, Double> vb = weigh(bags.get(2 * i + 1), df, n);
      double dot = 0;
      for (Map.Entry<String, Double> e : va.entrySet()) {
        dot += e.getValue() * vb.getOrDefault(e.getKey(), 0.0);
      }
      double norm = Math.sqrt(va.values().stream().mapToDouble(v -> v * v).sum()
          * vb.values().stream().mapToDouble(v -> v * v).sum());
      out[i] = norm == 0 ? 0 : dot / norm;
    }
    return out;
  }

  private static Map<String, Double> weigh(Map<String, Integer> bag, Map<String, Integer> df, int n) {
    Map<String, Double> v = new HashMap<>();
    bag.forEach((k, tf) -> v.put(k, tf * Math.log((double) n / df.get(k))));
    return v;
  }

  /** The set's rows (RFC 4180 CSV: quoted fields may hold commas, quotes doubled, line breaks). */
  public static List<Pair> read(Path csv) {
    String s;
    try {
      s = Files.readString(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> rows = parse(s);
    List<String> header = rows.get(0);
    int l1 = header.indexOf("lang1");
    int l2 = header.indexOf("lang2");
    int t1 = header.indexOf("text1");
    int t2 = header.indexOf("text2");
    int ov = header.indexOf("Overall");
    List<Pair> out = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() == header.size()) {
        out.add(new Pair(r.get(l1), r.get(l2), r.get(t1), r.get(t2), Double.parseDouble(r.get(ov))));
      }
    }
    return out;
  }

  static List<List<String>> parse(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  private static double[] round(double[] w) {
    double[] r = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      r[i] = Math.round(w[i] * 10000) / 10000.0;
    }
    return r;
  }
}
