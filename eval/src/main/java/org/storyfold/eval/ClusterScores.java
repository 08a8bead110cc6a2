package org.storyfold.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Agreement of predicted clusters with gold labels: B-cubed precision, recall and F1 (Bagga and
 * Baldwin 1998), the adjusted Rand index (Hubert and Arabie 1985) and pairwise F1.
 *
 * @param b3Precision   mean over items of |pred ∩ gold| / |pred| of the item's clusters
 * @param b3Recall      mean over items of |pred ∩ gold| / |gold|
 * @param b3F1          harmonic mean of the two
 * @param adjustedRand  Rand index corrected for chance: 1 is perfect, 0 what chance gives
 * @param pairF1        F1 over item pairs placed together
 * @param items         number of items scored
 * @param predicted     number of predicted clusters
 * @param gold          number of gold clusters
 */
public record ClusterScores(double b3Precision, double b3Recall, double b3F1, double adjustedRand,
                            double pairF1, int items, int predicted, int gold) {

  /** Scores {@code predicted} labels against {@code gold} labels, parallel lists. */
  public static ClusterScores of(List<String> predicted, List<String> gold) {
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(gold, "gold");
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("predicted and gold differ in length");
    }
    int n = predicted.size();
    Map<String, Map<String, Integer>> cells = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    for (int i = 0; i < n; i++) {
      cells.computeIfAbsent(predicted.get(i), k -> new HashMap<>()).merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      goldSize.merge(gold.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    double sumCells = 0;
    for (Map.Entry<String, Map<String, Integer>> row : cells.entrySet()) {
      for (Map.Entry<String, Integer> cell : row.getValue().entrySet()) {
        double c = cell.getValue();
        p += c * c / predSize.get(row.getKey());
        r += c * c / goldSize.get(cell.getKey());
        sumCells += pairs(c);
      }
    }
    p /= Math.max(1, n);
    r /= Math.max(1, n);
    double sumPred = predSize.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double sumGold = goldSize.values().stream().mapToDouble(ClusterScores::pairs).sum();
    double expected = n < 2 ? 0 : sumPred * sumGold / pairs(n);
    double max = (sumPred + sumGold) / 2;
    double ari = max == expected ? 1 : (sumCells - expected) / (max - expected);
    double pairP = sumPred == 0 ? 1 : sumCells / sumPred;
    double pairR = sumGold == 0 ? 1 : sumCells / sumGold;
    return new ClusterScores(p, r, f1(p, r), ari, f1(pairP, pairR), n, predSize.size(), goldSize.size());
  }

  private static double pairs(double k) {
    return k * (k - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "B-cubed P %.3f R %.3f F1 %.3f | ARI %.3f | pairwise F1 %.3f | %d items, %d clusters (gold %d)",
        b3Precision, b3Recall, b3F1, adjustedRand, pairF1, items, predicted, gold);
  }
}
