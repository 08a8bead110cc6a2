package org.storyfold.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.storyfold.Storyfold;
import org.storyfold.cluster.ClusterConfig;
import org.storyfold.cluster.PairScorer;
import org.storyfold.eval.ClusterScores;
import org.storyfold.fingerprint.Fingerprint;
import org.storyfold.fingerprint.Fingerprinter;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * Without Spark: how components of scored edges at several edge thresholds cut the engine's stories
 * ({@code EdgeCurve DOCS.jsonl [THRESHOLD...]}). For each threshold: components, the largest, and the
 * B-cubed recall of the components against the engine's stories (1.0: no story of the engine is cut).
 */
public final class EdgeCurve {
  private EdgeCurve() {}

  public static void main(String[] args) {
    Storyfold engine = Engines.get(true);
    Storyfold.Batch batch = engine.fold(List.of(args[0]), System.in);
    List<Article> articles = batch.cleaning().articles();
    Fingerprinter fingerprinter = new Fingerprinter();
    List<Fingerprint> fps = articles.parallelStream().map(a -> fingerprinter.of(engine.analyze(a))).toList();
    Map<String, String> story = new HashMap<>();
    for (Story s : batch.stories()) {
      s.articles().forEach(a -> story.put(a.id(), s.id()));
    }
    int n = fps.size();
    TreeMap<Integer, Integer> df = new TreeMap<>();
    fps.forEach(f -> Arrays.stream(f.features()).forEach(x -> df.merge(x, 1, Integer::sum)));
    df.values().removeIf(v -> v < 2);
    ClusterConfig config = ClusterConfig.defaults();
    PairScorer scorer = new PairScorer(config, n, df.keySet().stream().mapToInt(Integer::intValue).toArray(),
        df.values().stream().mapToInt(Integer::intValue).toArray());
    List<float[]> w = fps.stream().map(scorer::weights).toList();
    Map<Integer, List<Integer>> buckets = new HashMap<>();
    List<int[]> keys = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      int[] k = Scoring.top(fps.get(d).features(), w.get(d), scorer, 200, 40);
      keys.add(k);
      for (int x : k) {
        buckets.computeIfAbsent(x, z -> new ArrayList<>()).add(d);
      }
    }
    java.util.Set<Long> seen = new java.util.HashSet<>();
    List<double[]> edges = new ArrayList<>();
    for (List<Integer> b : buckets.values()) {
      for (int i = 0; i < b.size(); i++) {
        for (int j = i + 1; j < b.size(); j++) {
          int x = b.get(i);
          int y = b.get(j);
          if (seen.add((long) Math.min(x, y) * n + Math.max(x, y))) {
            double s = PairScorer.similarity(fps.get(x).features(), w.get(x), fps.get(y).features(), w.get(y));
            edges.add(new double[] {x, y, s});
          }
        }
      }
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    double sum = 0;
    for (int k = 0; k < 20_000; k++) {
      int x = random.nextInt(n);
      int y = random.nextInt(n);
      sum += x == y ? 0 : PairScorer.similarity(fps.get(x).features(), w.get(x), fps.get(y).features(), w.get(y));
    }
    System.out.printf("%s: %d articles, %d scored candidate pairs, noise (mean random cosine) %.4f%n", args[0], n,
        edges.size(), sum / 20_000);
    List<String> ids = articles.stream().map(Article::id).toList();
    for (int t = 1; t < args.length; t++) {
      // a spec: k=K (mutual top-K edges at the topic threshold, 0 = all), L=N (split components above N)
      int k = 0;
      int limit = Integer.MAX_VALUE;
      for (String part : args[t].split(",")) {
        String[] kv = part.split("=");
        if (kv[0].equals("k")) {
          k = Integer.parseInt(kv[1]);
        } else {
          limit = Integer.parseInt(kv[1]);
        }
      }
      List<double[]> kept = mutual(edges, n, k, config.threshold());
      int[] label = new int[n]; // all in one part at first
      boolean[] active = new boolean[n];
      Arrays.fill(active, true);
      double threshold = config.threshold();
      while (true) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
          parent[i] = i;
        }
        for (double[] e : kept) {
          int x = (int) e[0];
          int y = (int) e[1];
          if (e[2] >= threshold && active[x] && active[y] && label[x] == label[y]) {
            parent[find(parent, x)] = find(parent, y);
          }
        }
        for (int i = 0; i < n; i++) {
          if (active[i]) {
            label[i] = find(parent, i);
          }
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < n; i++) {
          sizes.merge(label[i], 1, Integer::sum);
        }
        boolean any = false;
        for (int i = 0; i < n; i++) {
          active[i] = sizes.get(label[i]) > limit;
          any |= active[i];
        }
        threshold *= Topics.STEP;
        if (!any || threshold > 1) {
          break;
        }
      }
      Map<Integer, Integer> sizes = new HashMap<>();
      List<String> comp = new ArrayList<>();
      List<String> ref = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sizes.merge(label[i], 1, Integer::sum);
        comp.add("c" + label[i]);
        ref.add(story.get(ids.get(i)));
      }
      System.out.printf("%s: %d edges, %d components, largest %d; components vs engine stories %s%n",
          args[t], kept.size(), sizes.size(), sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0),
          ClusterScores.of(comp, ref));
    }
  }

  /** Edges at or above the threshold that are among the k best of both their ends (k = 0: all). */
  private static List<double[]> mutual(List<double[]> edges, int n, int k, double threshold) {
    List<double[]> over = edges.stream().filter(e -> e[2] >= threshold).toList();
    if (k == 0) {
      return over;
    }
    List<List<double[]>> by = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      by.add(new ArrayList<>());
    }
    over.forEach(e -> {
      by.get((int) e[0]).add(e);
      by.get((int) e[1]).add(e);
    });
    java.util.Set<double[]> top = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.Set<double[]> twice = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<double[]> l : by) {
      l.sort((a, b) -> Double.compare(b[2], a[2]));
      for (int i = 0; i < Math.min(k, l.size()); i++) {
        if (!top.add(l.get(i))) {
          twice.add(l.get(i));
        }
      }
    }
    return new ArrayList<>(twice);
  }

  private static int find(int[] p, int x) {
    while (p[x] != x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }
}
