package org.storyfold.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyfold.reuse.Reuse;
import org.storyfold.reuse.TermWeights;
import org.storyfold.text.Embedder;
import org.storyfold.text.TextAnalyzer;

/**
 * Scores the sentence comparison of {@link Reuse} on the Microsoft Research Paraphrase Corpus: a TSV
 * without header (label, id1, id2, sentence1, sentence2; UTF-8, possibly with a byte-order mark),
 * label 1 for a paraphrase. Term weights and the decision threshold come from the train split only;
 * the test split is scored once with them.
 *
 * <p>Run: {@code java -cp ... org.storyfold.eval.ParaphraseBenchmark train.txt test.txt}, or the bench
 * main {@code org.storyfold.bench.ParaphraseBench}. Embedding: 16-33 ms per sentence here (by load), so
 * a file's sentences go through {@link Embedder#embedAll} in one call (MSRP test: 1-2 minutes).
 */
public final class ParaphraseBenchmark {
  private ParaphraseBenchmark() {}

  /** One labelled pair. */
  public record Pair(boolean paraphrase, String a, String b) {}

  /** Accuracy, precision, recall and F1 of the paraphrase class, at the given threshold. */
  public record Score(int pairs, double accuracy, double precision, double recall, double f1, double threshold) {
    @Override
    public String toString() {
      return String.format("pairs=%d accuracy=%.4f precision=%.4f recall=%.4f f1=%.4f threshold=%.2f",
          pairs, accuracy, precision, recall, f1, threshold);
    }
  }

  public static List<Pair> read(Path file) {
    try {
      List<Pair> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        String[] f = line.split("\t", -1);
        if (f.length < 5 || !(f[0].equals("0") || f[0].equals("1"))) {
          continue;
        }
        out.add(new Pair(f[0].equals("1"), f[3], f[4]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The similarity of every pair. */
  public static double[] similarities(List<Pair> pairs, Reuse reuse) {
    double[] s = new double[pairs.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = reuse.comparison(pairs.get(i).a(), pairs.get(i).b()).similarity();
    }
    return s;
  }

  /**
   * The unit vectors of every pair's two sentences, in one batched {@link Embedder#embedAll} call:
   * element 2i is pair i's first sentence, 2i+1 its second.
   */
  public static List<float[]> embed(List<Pair> pairs, Embedder embedder) {
    List<String> texts = new ArrayList<>(2 * pairs.size());
    for (Pair p : pairs) {
      texts.add(p.a());
      texts.add(p.b());
    }
    long t0 = System.nanoTime();
    List<float[]> vectors = embedder.embedAll(texts);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("embedded %d sentences in %d ms (%.1f ms per sentence)%n", texts.size(), ms, ms / (double) texts.size());
    return vectors;
  }

  /** The similarity of every pair with the combined model, given the vectors of {@link #embed}. */
  public static double[] similarities(List<Pair> pairs, Reuse reuse, List<float[]> vectors) {
    double[] s = new double[pairs.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = reuse.comparison(pairs.get(i).a(), pairs.get(i).b(), vectors.get(2 * i), vectors.get(2 * i + 1)).similarity();
    }
    return s;
  }

  /** The combined model's inputs for every pair (see {@link Reuse#sentenceFeatures}). */
  public static double[][] features(List<Pair> pairs, Reuse reuse, List<float[]> vectors) {
    double[][] x = new double[pairs.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = reuse.sentenceFeatures(pairs.get(i).a(), pairs.get(i).b(), vectors.get(2 * i), vectors.get(2 * i + 1));
    }
    return x;
  }

  /**
   * Logistic regression by Newton's method (50 steps, a light L2 penalty of 1e-3 on the weights but
   * not the intercept): the intercept, then one weight per feature.
   */
  public static double[] fitLogistic(double[][] x, List<Pair> pairs) {
    int d = x[0].length + 1;
    double[] w = new double[d];
    for (int step = 0; step < 50; step++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (int i = 0; i < x.length; i++) {
        double[] xi = new double[d];
        xi[0] = 1;
        System.arraycopy(x[i], 0, xi, 1, d - 1);
        double z = 0;
        for (int k = 0; k < d; k++) {
          z += w[k] * xi[k];
        }
        double p = 1 / (1 + Math.exp(-z));
        double r = p - (pairs.get(i).paraphrase() ? 1 : 0);
        for (int k = 0; k < d; k++) {
          g[k] += r * xi[k];
          for (int l = 0; l < d; l++) {
            h[k][l] += p * (1 - p) * xi[k] * xi[l];
          }
        }
      }
      for (int k = 1; k < d; k++) {
        g[k] += 1e-3 * w[k];
        h[k][k] += 1e-3;
      }
      double[] delta = LinearSystem.solve(h, g);
      for (int k = 0; k < d; k++) {
        w[k] -= delta[k];
      }
    }
    return w;
  }

  public static Score score(List<Pair> pairs, double[] sims, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < sims.length; i++) {
      boolean predicted = sims[i] >= threshold;
      boolean truth = pairs.get(i).paraphrase();
      if (predicted && truth) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (truth) {
        fn++;
      } else {
        tn++;
      }
    }
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(sims.length, (tp + tn) / (double) sims.length, p, r, f1, threshold);
  }

  /** The threshold (step 0.01) with the best F1 on the given pairs. */
  public static double bestThreshold(List<Pair> pairs, double[] sims) {
    double best = 0;
    double bestF1 = -1;
    for (int t = 0; t <= 100; t++) {
      double f1 = score(pairs, sims, t / 100.0).f1();
      if (f1 > bestF1) {
        bestF1 = f1;
        best = t / 100.0;
      }
    }
    return best;
  }

  /**
   * Fits on train, scores test: term weights from the train sentences when {@code trainWeights}
   * (otherwise every term weighs 1, as in {@link Reuse#compare}), the threshold with the best train F1.
   */
  public static Score run(Path train, Path test, boolean trainWeights) {
    TextAnalyzer analyzer = new TextAnalyzer();
    List<Pair> trainPairs = read(train);
    TermWeights weights = TermWeights.UNIFORM;
    if (trainWeights) {
      List<String> sentences = new ArrayList<>();
      for (Pair p : trainPairs) {
        sentences.add(p.a());
        sentences.add(p.b());
      }
      weights = Reuse.weightsOf(sentences, "en", analyzer);
    }
    Reuse reuse = new Reuse(analyzer, weights, 0.5, null);
    double threshold = bestThreshold(trainPairs, similarities(trainPairs, reuse));
    List<Pair> testPairs = read(test);
    return score(testPairs, similarities(testPairs, reuse), threshold);
  }

  /**
   * The combined model as shipped (coefficients and threshold fitted on train, hard-coded in the
   * reuse package) on the first {@code limit} pairs of a file (all when {@code limit} is 0 or more
   * than there are), every sentence embedded in one batch.
   */
  public static Score runEmbedded(Path file, Embedder embedder, int limit) {
    List<Pair> pairs = read(file);
    if (limit > 0 && limit < pairs.size()) {
      pairs = pairs.subList(0, limit);
    }
    Reuse reuse = new Reuse(new TextAnalyzer(), TermWeights.UNIFORM, Reuse.SAME_SENTENCE_EMBEDDED, embedder);
    return score(pairs, similarities(pairs, reuse, embed(pairs, embedder)), Reuse.SAME_SENTENCE_EMBEDDED);
  }

  /**
   * Refits the combined model on train (logistic regression over {@link Reuse#sentenceFeatures}, then
   * the threshold with the best train F1), prints its coefficients, and scores test with it.
   */
  public static Score fitEmbedded(Path train, Path test, Embedder embedder) {
    Reuse reuse = new Reuse(new TextAnalyzer(), TermWeights.UNIFORM, 0.5, embedder);
    List<Pair> trainPairs = read(train);
    double[][] x = features(trainPairs, reuse, embed(trainPairs, embedder));
    double[] w = fitLogistic(x, trainPairs);
    double threshold = bestThreshold(trainPairs, probabilities(x, w));
    List<Pair> testPairs = read(test);
    System.out.printf("fitted on train: weights %s, threshold %.2f, train %s%n", java.util.Arrays.toString(
        java.util.Arrays.stream(w).map(v -> Math.round(v * 1e4) / 1e4).toArray()), threshold,
        score(trainPairs, probabilities(x, w), threshold));
    return score(testPairs, probabilities(features(testPairs, reuse, embed(testPairs, embedder)), w), threshold);
  }

  /**
   * The combined model fitted on the train split alone, as shipped in the reuse package: its
   * intercept and four weights (logistic regression), then the threshold with the best train F1.
   */
  public static double[] fitWeights(Path train, Embedder embedder) {
    Reuse reuse = new Reuse(new TextAnalyzer(), TermWeights.UNIFORM, 0.5, embedder);
    List<Pair> trainPairs = read(train);
    double[][] x = features(trainPairs, reuse, embed(trainPairs, embedder));
    double[] w = fitLogistic(x, trainPairs);
    double[] out = java.util.Arrays.copyOf(w, w.length + 1);
    out[w.length] = bestThreshold(trainPairs, probabilities(x, w));
    return out;
  }

  private static double[] probabilities(double[][] x, double[] w) {
    double[] p = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double z = w[0];
      for (int k = 0; k < x[i].length; k++) {
        z += w[k + 1] * x[i][k];
      }
      p[i] = 1 / (1 + Math.exp(-z));
    }
    return p;
  }

  public static void main(String[] args) {
    System.out.println("train IDF weights: " + run(Path.of(args[0]), Path.of(args[1]), true));
    System.out.println("uniform weights:   " + run(Path.of(args[0]), Path.of(args[1]), false));
    Embedder embedder = Embedder.bundled();
    System.out.println("combined, shipped: " + runEmbedded(Path.of(args[1]), embedder, 0));
    System.out.println("combined, refit:   " + fitEmbedded(Path.of(args[0]), Path.of(args[1]), embedder));
  }
}
