package org.storyfold.server;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyfold.Storyfold;
import org.storyfold.cluster.OnlineClusterer;
import org.storyfold.fingerprint.Fingerprint;
import org.storyfold.story.Article;

/**
 * Online grouping through the engine's {@link OnlineClusterer}: the engine fingerprints each new
 * article and places it with the batch's weighting, similarity and thresholds over everything stored
 * so far; this class turns the placement into the server's story ids (a new id, or the joined story,
 * the older surviving when the article bridges several) and tells the engine what was done. The
 * server computes no similarity itself.
 */
final class Grouper {
  /** What to do with one new article; {@code fingerprint} is kept to record it. */
  record Decision(String story, List<String> merge, String headline, Fingerprint fingerprint) {}

  private final Storyfold engine;
  private final OnlineClusterer online;
  private final Map<String, Article> cache;
  private final boolean merge;
  /** Article id to the engine's number for it, and back. */
  private final Map<String, Integer> numbers = new java.util.HashMap<>();
  private volatile String[] ids = new String[1024];

  Grouper(Storyfold engine, GroupingConfig config) {
    this.engine = engine;
    this.online = engine.online();
    this.merge = config.merge();
    this.cache = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Article> e) {
        return size() > config.cachedArticles();
      }
    };
  }

  /**
   * @param fp         the article's fingerprint ({@link #fingerprint}, taken before the ingest lock:
   *                   the analysis is the costly part and needs no shared state)
   * @param stories    the live stories (for which is older)
   * @param newStoryId the id a new story would take
   */
  Decision decide(Article a, Fingerprint fp, Map<String, Stored> stories, String newStoryId) {
    OnlineClusterer.Placement p = online.place(fp, a.published());
    if (p.stories().isEmpty()) {
      return new Decision(newStoryId, List.of(), headlineOf(a), fp);
    }
    if (!merge) {
      return new Decision(p.stories().get(0), List.of(), null, fp);
    }
    List<String> joined = new ArrayList<>(p.stories());
    // Story ids never change meaning: when stories become one, the oldest id survives.
    joined.sort(Comparator.comparingLong((String s) -> stories.get(s).created()).thenComparing(s -> s));
    return new Decision(joined.get(0), joined.subList(1, joined.size()), null, fp);
  }

  /** Tells the engine that stories went into {@code story} (a replayed change whose article it knows). */
  void merged(List<String> from, String story) {
    for (String f : from) {
      online.merge(f, story);
    }
  }

  /** Tells the engine that an article was placed (live, replayed from the log, or loaded on start). */
  void record(String id, Fingerprint fp, OffsetDateTime published, String story, List<String> merged) {
    for (String from : merged) {
      online.merge(from, story);
    }
    // The id is written before add publishes the number: a second look (outside the ingest lock) that sees
    // the number through the clusterer's monitor then sees the id too.
    int next = online.size();
    if (ids.length <= next) {
      ids = java.util.Arrays.copyOf(ids, Math.max(1024, next * 2));
    }
    ids[next] = id;
    int number = online.add(fp, published, story);
    numbers.put(id, number);
  }

  /** The stories touched, and their topic, for a second look (at most {@code max} articles). */
  OnlineClusterer.Scope scope(java.util.Collection<String> stories, int max) {
    return online.scope(stories, max);
  }

  /**
   * The batch's grouping of a scope, as article ids; runs without holding the engine's state. With
   * embeddings, doubtful merges ask the lead vectors of the articles involved, as in the batch.
   */
  List<List<String>> regroup(OnlineClusterer.Scope scope, java.util.function.Function<String, Article> articles) {
    String[] names = ids;
    org.storyfold.cluster.LeadVectors leads = engine.leads(k -> articles.apply(names[scope.articles()[k]]));
    return online.regroup(scope, leads).stream().map(g -> g.stream().map(n -> ids[n]).toList()).toList();
  }

  /** The article id of a scope's k-th article. */
  String idOf(OnlineClusterer.Scope scope, int k) {
    return ids[scope.articles()[k]];
  }

  /** Whether the k-th article of a scope is still in the story it was in when the scope was taken. */
  boolean unchanged(OnlineClusterer.Scope scope, int k) {
    return online.storyOf(scope.articles()[k]).equals(scope.stories()[k]);
  }

  /** Tells the engine that a second look moved an article. */
  void move(String id, String story) {
    Integer n = numbers.get(id);
    if (n != null) {
      online.move(n, story);
    }
  }

  /** The engine's fingerprint of an article. */
  Fingerprint fingerprint(Article a) {
    return engine.fingerprint(a);
  }

  static String headlineOf(Article a) {
    if (!a.title().isBlank()) {
      return a.title();
    }
    String text = a.text().strip();
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return first.length() > 120 ? first.substring(0, 117) + "..." : first;
  }

  /** Remembers a stored article for reads (the store is the truth; this saves reads). */
  void remember(Article a) {
    synchronized (cache) {
      cache.put(a.id(), a);
    }
  }

  /** A recently stored article from memory, or null. */
  Article cached(String id) {
    synchronized (cache) {
      return cache.get(id);
    }
  }
}
