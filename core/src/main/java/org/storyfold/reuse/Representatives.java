package org.storyfold.reuse;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyfold.story.Article;

/**
 * The members of an oversized story that its description aligns ({@link ReuseConfig#maxAligned}): the
 * earliest quarter (where a story's sources are) and, for the rest, the most central members: those
 * whose distinct words the other members share most (cosine of an article's word set with the story's
 * word counts). Linear in the story's words; deterministic (ties by id).
 */
final class Representatives {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Representatives() {}

  /** At most {@code cap} of the articles, in their given order; all of them when they fit. */
  static List<Article> of(List<Article> articles, int cap) {
    int n = articles.size();
    if (n <= cap) {
      return articles;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Comparator<Integer> byTime = Comparator.comparing((Integer i) -> articles.get(i).published(),
        Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder())).thenComparing(i -> articles.get(i).id());
    java.util.Arrays.sort(order, byTime);
    boolean[] chosen = new boolean[n];
    int earliest = Math.max(1, cap / 4);
    for (int k = 0; k < earliest; k++) {
      chosen[order[k]] = true;
    }
    double[] centrality = centrality(articles);
    Integer[] central = order.clone();
    java.util.Arrays.sort(central, Comparator.comparingDouble((Integer i) -> -centrality[i])
        .thenComparing(i -> articles.get(i).id()));
    int taken = earliest;
    for (int k = 0; k < n && taken < cap; k++) {
      if (!chosen[central[k]]) {
        chosen[central[k]] = true;
        taken++;
      }
    }
    List<Article> out = new ArrayList<>(cap);
    for (int i = 0; i < n; i++) {
      if (chosen[i]) {
        out.add(articles.get(i));
      }
    }
    return out;
  }

  /** Per article, the cosine of its word set with the story's counts of articles holding each word. */
  static double[] centrality(List<Article> articles) {
    List<Set<String>> words = new ArrayList<>(articles.size());
    Map<String, Integer> holders = new HashMap<>();
    for (Article a : articles) {
      Set<String> w = new HashSet<>();
      Matcher m = WORD.matcher(a.text().toLowerCase(Locale.ROOT));
      while (m.find()) {
        w.add(m.group());
      }
      words.add(w);
      w.forEach(x -> holders.merge(x, 1, Integer::sum));
    }
    double[] out = new double[articles.size()];
    for (int i = 0; i < out.length; i++) {
      Set<String> w = words.get(i);
      long sum = 0;
      for (String x : w) {
        sum += holders.get(x) - 1;
      }
      out[i] = w.isEmpty() ? 0 : sum / Math.sqrt(w.size());
    }
    return out;
  }
}
