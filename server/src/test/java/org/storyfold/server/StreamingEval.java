package org.storyfold.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.eval.ClusterScores;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * Streamed against batch: the same labelled articles fed one by one through the server's ingest
 * (publication order when dated, file order otherwise, then seeded random orders), scored with
 * B-cubed against gold, beside the engine's batch grouping of all of them at once.
 *
 * <p>{@code mvn -B -o -pl server -am test-compile} then run {@link #main} with the test classpath:
 * {@code StreamingEval SET [LIMIT] [ORDERS]} (SET: {@code ecbplus}, {@code googlenews_ts}).
 */
final class StreamingEval {
  record Labelled(List<Article> articles, List<String> gold) {}

  record Figures(double batchF1, List<Double> streamedF1, double millisPerArticle) {}

  private static final int LOOK_EVERY = Integer.getInteger("storyfold.lookEvery", 20);

  private StreamingEval() {}

  static Labelled load(Path docs, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && articles.size() < limit) {
        JsonNode n = json.readTree(line);
        String published = n.hasNonNull("published") ? n.get("published").asText() : null;
        articles.add(new Article(n.get("id").asText(), n.hasNonNull("url") ? n.get("url").asText() : null, null,
            n.hasNonNull("title") ? n.get("title").asText() : "", n.get("text").asText(),
            published == null ? null : OffsetDateTime.parse(published), null));
        gold.add(n.get("event").asText());
      }
    }
    return new Labelled(articles, gold);
  }

  static double batch(Storyfold engine, Labelled set) {
    List<Story> stories = engine.stories(set.articles());
    Map<String, String> storyOf = new HashMap<>();
    stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a.id(), s.id())));
    return score(set, storyOf);
  }

  static double score(Labelled set, Map<String, String> storyOf) {
    List<String> predicted = set.articles().stream().map(a -> storyOf.get(a.id())).toList();
    ClusterScores scores = ClusterScores.of(predicted, set.gold());
    if (Boolean.getBoolean("storyfold.evalDetail")) {
      System.out.printf("  B3 precision %.3f, recall %.3f, F1 %.3f, %d groups%n", scores.b3Precision(),
          scores.b3Recall(), scores.b3F1(), new java.util.HashSet<>(predicted).size());
    }
    return scores.b3F1();
  }

  /** Feeds the articles one at a time in the given order into a fresh store; returns B-cubed F1. */
  static double streamed(Storyfold engine, Labelled set, List<Integer> order, Path dir, long[] nanos)
      throws IOException {
    Map<String, String> storyOf = new HashMap<>();
    long start = System.nanoTime();
    try (Ingest ingest = new Ingest(engine, dir, GroupingConfig.defaults(
        !"false".equals(System.getProperty("storyfold.merges"))),
        new Events())) {
      // The server looks again every 5 s; here every LOOK_EVERY articles (as at that many per 5 s).
      int fed = 0;
      for (int i : order) {
        ingest.ingest(List.of(set.articles().get(i)));
        if (LOOK_EVERY > 0 && ++fed % LOOK_EVERY == 0) {
          ingest.secondLook();
        }
      }
      for (Article a : set.articles()) {
        storyOf.put(a.id(), ingest.storyOf(a.id()));
      }
    }
    nanos[0] += System.nanoTime() - start;
    return score(set, storyOf);
  }

  static List<Integer> publicationOrder(Labelled set) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < set.articles().size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> set.articles().get(i).published(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    return order;
  }

  static Figures run(Storyfold engine, Labelled set, int randomOrders, Path tmp) throws IOException {
    double batch = batch(engine, set);
    List<Double> streamed = new ArrayList<>();
    long[] nanos = new long[1];
    streamed.add(streamed(engine, set, publicationOrder(set), Files.createTempDirectory(tmp, "pub"), nanos));
    Random random = new Random(42);
    for (int k = 0; k < randomOrders; k++) {
      List<Integer> order = publicationOrder(set);
      Collections.shuffle(order, random);
      streamed.add(streamed(engine, set, order, Files.createTempDirectory(tmp, "rnd"), nanos));
    }
    return new Figures(batch, streamed, nanos[0] / 1e6 / (set.articles().size() * (1.0 + randomOrders)));
  }

  public static void main(String[] args) throws IOException {
    Path docs = org.storyfold.TestData.eval(args[0], "docs.jsonl");
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    int orders = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Labelled set = load(docs, limit);
    boolean embeddings = !Boolean.getBoolean("storyfold.lexical");
    Storyfold engine = new Storyfold(StoryfoldConfig.defaults().withEmbeddings(embeddings));
    Path tmp = Files.createTempDirectory("storyfold-stream");
    Figures f = run(engine, set, orders, tmp);
    System.out.printf("%s (%d articles, embeddings %s): batch B3 F1 %.3f; streamed (publication order, then %d random orders) %s;"
        + " %.1f ms per article%n", args[0], set.articles().size(), embeddings, f.batchF1(), orders,
        f.streamedF1().stream().map(d -> String.format("%.3f", d)).toList(), f.millisPerArticle());
  }
}
