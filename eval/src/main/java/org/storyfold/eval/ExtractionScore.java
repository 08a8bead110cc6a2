package org.storyfold.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores extracted main text against ground truth the way the Article Extraction Benchmark does
 * (scrapinghub/article-extraction-benchmark): tokens are {@code [\p{L}\p{N}_]+} with case kept,
 * shingles are token 4-grams counted as a multiset (a text of 1-3 tokens is one shorter shingle).
 * Per page tp = sum of min counts, fp = predicted excess, fn = missed. P and R are plain means over
 * pages (pages with no predicted shingles are left out of the precision mean); F1 = 2PR/(P+R).
 */
public final class ExtractionScore {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  private double precisionSum;
  private int precisionPages;
  private double recallSum;
  private int recallPages;

  /** Adds one page's prediction against its truth. */
  public void add(String truth, String predicted) {
    Objects.requireNonNull(truth, "truth");
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted == null ? "" : predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      int inTruth = t.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
    }
    if (fp == 0 && fn == 0) {
      precisionSum += 1;
      precisionPages++;
      recallSum += 1;
      recallPages++;
      return;
    }
    if (tp + fp > 0) {
      precisionSum += (double) tp / (tp + fp);
      precisionPages++;
    }
    if (tp + fn > 0) {
      recallSum += (double) tp / (tp + fn);
      recallPages++;
    }
  }

  public double precision() {
    return precisionPages == 0 ? 0 : precisionSum / precisionPages;
  }

  public double recall() {
    return recallPages == 0 ? 0 : recallSum / recallPages;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public int pages() {
    return recallPages;
  }

  static Map<String, Integer> shingles(String text) {
    java.util.List<String> tokens = new java.util.ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < N) {
      counts.put(String.join(" ", tokens), 1);
      return counts;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return counts;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "F1 %.3f  precision %.3f  recall %.3f  (%d pages)",
        f1(), precision(), recall(), pages());
  }
}
