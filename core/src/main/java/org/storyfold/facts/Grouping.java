package org.storyfold.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/*
 * Grouping items that say the same thing, near-linear in a story of near-copies.
 *
 * Items with an identical key (a quote's word set, a sentence's term set) fold into one representative
 * first: 600 copies of one wire sentence cost 600 hash lookups, not 180,000 comparisons. Statements
 * then find their candidate pairs by prefix filtering (Chaudhuri, Ganti and Kaushik, "A primitive
 * operator for similarity joins", ICDE 2006; Bayardo, Ma and Srikant, "Scaling up all pairs similarity
 * search", WWW 2007): with terms sorted rarest first, two sets with Jaccard >= t share a term among the
 * first |x| - ceil(t|x|) + 1 of each, so only sets sharing such a prefix term are compared, and no pair
 * above the threshold is missed.
 */
final class Grouping {
  private Grouping() {}

  /** Groups by identical key, then joins distinct keys' representatives that {@code same} says match. */
  static <T> List<List<T>> of(List<T> items, Function<T, String> key, BiPredicate<T, T> same) {
    Map<String, List<T>> folded = new LinkedHashMap<>();
    items.forEach(t -> folded.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t));
    List<List<T>> reps = new ArrayList<>(folded.values());
    UnionFind sets = new UnionFind(reps.size());
    for (int i = 0; i < reps.size(); i++) {
      for (int j = i + 1; j < reps.size(); j++) {
        if (!sets.same(i, j) && same.test(reps.get(i).get(0), reps.get(j).get(0))) {
          sets.union(i, j);
        }
      }
    }
    return collect(reps, sets);
  }

  /**
   * Groups items whose term sets are similar: identical sets fold, then candidate pairs by prefix
   * filtering at Jaccard {@code minJaccard}, verified by {@code similar}. Two items of one article
   * never join by themselves ({@code article}).
   */
  static <T> List<List<T>> similarSets(List<T> items, Function<T, Set<String>> terms, Function<T, String> article,
                                       double minJaccard, BiPredicate<T, T> similar) {
    Map<Set<String>, List<T>> folded = new LinkedHashMap<>();
    items.forEach(t -> folded.computeIfAbsent(terms.apply(t), k -> new ArrayList<>()).add(t));
    List<List<T>> reps = new ArrayList<>(folded.values());
    List<Set<String>> articles = new ArrayList<>();
    for (List<T> r : reps) {
      Set<String> a = new HashSet<>();
      r.forEach(t -> a.add(article.apply(t)));
      articles.add(a);
    }
    Map<String, Integer> df = new HashMap<>();
    folded.keySet().forEach(s -> s.forEach(t -> df.merge(t, 1, Integer::sum)));
    Comparator<String> rarestFirst = Comparator.comparingInt((String t) -> df.get(t)).thenComparing(t -> t);
    UnionFind sets = new UnionFind(reps.size());
    Map<String, List<Integer>> prefixIndex = new HashMap<>();
    int i = 0;
    for (Set<String> set : folded.keySet()) {
      List<String> sorted = new ArrayList<>(set);
      sorted.sort(rarestFirst);
      int prefix = Math.min(sorted.size(), sorted.size() - (int) Math.ceil(minJaccard * sorted.size()) + 1);
      Set<Integer> candidates = new HashSet<>();
      for (String t : sorted.subList(0, prefix)) {
        candidates.addAll(prefixIndex.getOrDefault(t, List.of()));
        prefixIndex.computeIfAbsent(t, k -> new ArrayList<>()).add(i);
      }
      for (int j : candidates) {
        if (j == i || sets.same(i, j)) {
          continue;
        }
        if (oneArticle(articles.get(i), articles.get(j))) {
          continue;
        }
        T x = reps.get(i).get(0);
        T y = reps.get(j).get(0);
        if (similar.test(x, y)) {
          sets.union(i, j);
        }
      }
      i++;
    }
    return collect(reps, sets);
  }

  /** Whether both sides are the same single article (one article never confirms itself). */
  private static boolean oneArticle(Set<String> a, Set<String> b) {
    return a.size() == 1 && a.equals(b);
  }

  private static <T> List<List<T>> collect(List<List<T>> reps, UnionFind sets) {
    Map<Integer, List<T>> groups = new LinkedHashMap<>();
    for (int i = 0; i < reps.size(); i++) {
      groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).addAll(reps.get(i));
    }
    return new ArrayList<>(groups.values());
  }
}
