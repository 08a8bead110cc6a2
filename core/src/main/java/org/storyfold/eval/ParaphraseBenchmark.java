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
import org.storyfold.text.TextAnalyzer;

/**
 * Scores the sentence comparison of {@link Reuse} on the Microsoft Research Paraphrase Corpus: a TSV
 * without header (label, id1, id2, sentence1, sentence2; UTF-8, possibly with a byte-order mark),
 * label 1 for a paraphrase. Term weights and the decision threshold come from the train split only;
 * the test split is scored once with them.
 *
 * <p>Run: {@code java -cp ... org.storyfold.eval.ParaphraseBenchmark train.txt test.txt}.
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
    Reuse reuse = new Reuse(analyzer, weights, 0.5);
    double threshold = bestThreshold(trainPairs, similarities(trainPairs, reuse));
    List<Pair> testPairs = read(test);
    return score(testPairs, similarities(testPairs, reuse), threshold);
  }

  public static void main(String[] args) {
    System.out.println("train IDF weights: " + run(Path.of(args[0]), Path.of(args[1]), true));
    System.out.println("uniform weights:   " + run(Path.of(args[0]), Path.of(args[1]), false));
  }
}
