package org.storyfold.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed F1 of a grouping against gold labels (Bagga and Baldwin 1998): each item's precision is the
 * share of its group with its gold label, its recall the share of its gold class in its group; both
 * are averaged over items and combined harmonically. Written here, not taken from the evaluation code,
 * so that the benchmarks do not depend on where that code lives; used to show that the two sides of
 * the grouping benchmark do comparable work, not to rank them.
 */
final class BCubed {
  private BCubed() {}

  /** B-cubed F1 of {@code groups} (lists of item ids) against {@code gold} (item id to label). */
  static double f1(List<List<String>> groups, Map<String, String> gold) {
    Map<String, Integer> classSize = new HashMap<>();
    gold.values().forEach(label -> classSize.merge(label, 1, Integer::sum));
    double precision = 0;
    double recall = 0;
    int items = 0;
    for (List<String> group : groups) {
      Map<String, Integer> inGroup = new HashMap<>();
      group.forEach(id -> inGroup.merge(gold.get(id), 1, Integer::sum));
      for (String id : group) {
        int shared = inGroup.get(gold.get(id));
        precision += shared / (double) group.size();
        recall += shared / (double) classSize.get(gold.get(id));
        items++;
      }
    }
    precision /= items;
    recall /= items;
    return 2 * precision * recall / (precision + recall);
  }
}
