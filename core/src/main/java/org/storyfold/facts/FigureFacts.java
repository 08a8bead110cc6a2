package org.storyfold.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/*
 * Figures grouped into facts, and the disputes between them, in time near-linear in the story.
 *
 * A big day is hundreds of wire near-copies carrying the same figures, so comparing every figure with
 * every other (the first version) is quadratic in articles x figures. Instead:
 * 1. Figures with the same value, marker, counted noun and subject and a value of 13 or more agree
 *    whatever their context (Figures.agree), so they fold into one representative keyed by that; other
 *    figures fold only with copies in an identical sentence. Copies cost a hash lookup each.
 * 2. Representatives agree only when their value intervals overlap: sorted by the interval's low end,
 *    each is compared with the ones whose low end is below its high end (a sweep).
 * 3. Disputes are looked for only among representatives of one comparable key (type, measure,
 *    subject, noun, unit, rate, language), and a pair of groups disputes only when no source is on
 *    both sides (one source never disputes itself, and so no sentence does), unless that source's
 *    articles on one side were all published before those on the other: a later count corrects it.
 */
final class FigureFacts {
  private FigureFacts() {}

  /** The figure facts, and for each figure the fact it belongs to (written into {@code index}). */
  static List<Fact> of(List<Figure> figures, Sources sources, Map<Figure, Fact> index) {
    List<Figure> reps = new ArrayList<>();
    List<List<Figure>> members = new ArrayList<>();
    fold(figures, reps, members);
    UnionFind sets = agreeing(reps);
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < reps.size(); i++) {
      byRoot.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>(byRoot.values());
    int[] groupOf = new int[reps.size()];
    List<List<Figure>> groupFigures = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Figure> all = new ArrayList<>();
      for (int r : groups.get(g)) {
        groupOf[r] = g;
        all.addAll(members.get(r));
      }
      groupFigures.add(all);
    }
    List<Side> sides = new ArrayList<>();
    for (List<Figure> g : groupFigures) {
      sides.add(side(g, sources));
    }
    List<Set<Integer>> disputes = disputes(reps, groupOf, sides, sources);
    List<Fact> out = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Side s = sides.get(g);
      List<Conflict> conflicts = new ArrayList<>();
      for (int other : disputes.get(g)) {
        Side o = sides.get(other);
        conflicts.add(new Conflict(o.best.sentence(), o.best.normalized(), List.copyOf(o.articles), o.independent));
      }
      Fact f = new Fact(Fact.Kind.FIGURE, s.best.sentence(), s.best.normalized(), List.copyOf(s.articles),
          s.independent, conflicts, s.best.about().label(s.best.noun()));
      out.add(f);
      groupFigures.get(g).forEach(fig -> index.put(fig, f));
    }
    return out;
  }

  /** One group of agreeing figures as a fact shows it. */
  private record Side(Figure best, Set<String> articles, int independent) {}

  private static Side side(List<Figure> g, Sources sources) {
    Map<String, Integer> counts = new HashMap<>();
    g.forEach(f -> counts.merge(f.normalized(), 1, Integer::sum));
    Figure best = g.stream().min(Comparator.comparingInt((Figure f) -> -counts.get(f.normalized()))
        .thenComparingInt(f -> f.noun() == null ? 1 : 0)
        .thenComparingInt(f -> f.sentence().length())).orElseThrow();
    Set<String> articles = new TreeSet<>();
    Set<String> where = new HashSet<>();
    for (Figure f : g) {
      articles.add(f.article());
      where.add(f.article() + "#" + f.position());
    }
    return new Side(best, articles, sources.independent(where));
  }

  /** Step 1: representatives, each with the figures it stands for. */
  private static void fold(List<Figure> figures, List<Figure> reps, List<List<Figure>> members) {
    Map<String, Integer> byKey = new HashMap<>();
    for (Figure f : figures) {
      boolean contextFree = f.nounStem() != null && f.value() >= 13;
      String key = f.normalized() + "|" + Figures.comparable(f) + "|" + f.about().time()
          + (contextFree ? "" : "|" + f.sentence());
      Integer r = byKey.get(key);
      if (r == null) {
        byKey.put(key, reps.size());
        reps.add(f);
        members.add(new ArrayList<>(List.of(f)));
      } else {
        members.get(r).add(f);
        if (!reps.get(r).context().containsAll(f.context())) {
          Set<String> union = new HashSet<>(reps.get(r).context());
          union.addAll(f.context());
          Figure rep = reps.get(r);
          reps.set(r, new Figure(rep.article(), rep.language(), rep.sentence(), rep.position(), rep.raw(),
              rep.value(), rep.marker(), rep.noun(), rep.nounStem(), rep.rate(), rep.unit(), union, rep.about()));
        }
      }
    }
  }

  /** Step 2: representatives joined when they agree, comparing only overlapping value intervals. */
  private static UnionFind agreeing(List<Figure> reps) {
    UnionFind sets = new UnionFind(reps.size());
    Integer[] order = new Integer[reps.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> reps.get(i).low()));
    for (int a = 0; a < order.length; a++) {
      Figure x = reps.get(order[a]);
      double high = x.high() * (1 + 1e-7);
      for (int b = a + 1; b < order.length && reps.get(order[b]).low() <= high; b++) {
        if (!sets.same(order[a], order[b]) && Figures.agree(x, reps.get(order[b]))) {
          sets.union(order[a], order[b]);
        }
      }
    }
    return sets;
  }

  /** Step 3: for each group, the groups that dispute it. */
  private static List<Set<Integer>> disputes(List<Figure> reps, int[] groupOf, List<Side> sides, Sources sources) {
    Map<String, List<Integer>> blocks = new LinkedHashMap<>();
    for (int i = 0; i < reps.size(); i++) {
      blocks.computeIfAbsent(Figures.comparable(reps.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<Set<Integer>> out = new ArrayList<>();
    for (int g = 0; g < sides.size(); g++) {
      out.add(new TreeSet<>());
    }
    for (List<Integer> block : blocks.values()) {
      for (int a = 0; a < block.size(); a++) {
        for (int b = a + 1; b < block.size(); b++) {
          int ga = groupOf[block.get(a)];
          int gb = groupOf[block.get(b)];
          if (ga == gb || out.get(ga).contains(gb) || sources.selfDisputing(sides.get(ga).articles, sides.get(gb).articles)
              || !Figures.conflict(reps.get(block.get(a)), reps.get(block.get(b)))) {
            continue;
          }
          if (placesDiffer(reps, groupOf, ga, gb, block)) {
            continue;
          }
          out.get(ga).add(gb);
          out.get(gb).add(ga);
        }
      }
    }
    return out;
  }

  /**
   * Whether a member of one group counts only a part of the area ("ten were killed in Central Aceh
   * district") that a member of the other does not name: a part is no dispute of the whole, even
   * when a copy of the part does not say where.
   */
  private static boolean placesDiffer(List<Figure> reps, int[] groupOf, int ga, int gb, List<Integer> block) {
    for (int a : block) {
      for (int b : block) {
        if (groupOf[a] != ga || groupOf[b] != gb) {
          continue;
        }
        String pa = reps.get(a).about().place();
        String pb = reps.get(b).about().place();
        boolean part = pa != null && pa.startsWith("part:") || pb != null && pb.startsWith("part:");
        if (part && !java.util.Objects.equals(pa, pb)) {
          return true;
        }
      }
    }
    return false;
  }
}
