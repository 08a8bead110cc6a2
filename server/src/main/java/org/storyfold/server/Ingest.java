package org.storyfold.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.storyfold.Storyfold;
import org.storyfold.fingerprint.Fingerprint;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * The live store: decides each article's story, logs the decision, applies it to the index and the
 * in-memory state, and returns once the log is on disk. One article at a time is decided (grouping
 * reads what the previous one wrote); the force to disk is shared by every request waiting on it.
 */
final class Ingest implements AutoCloseable {
  /** An accepted article and its story. */
  record Placed(String id, String story) {}

  private final Store store;
  private final Wal wal;
  private final Indexer indexer;
  private final Grouper grouper;
  private final Events events;
  private final Map<String, String> articleStory = new ConcurrentHashMap<>();
  private final Map<String, Long> articleSeq = new ConcurrentHashMap<>();
  private final Map<String, Stored> stories = new ConcurrentHashMap<>();
  /** The log is emptied after a commit once it is longer than this (64 MiB; its records are in the index). */
  private static final long TRUNCATE_AT = 64L << 20;
  private final Object lock = new Object();
  private final Object looking = new Object();
  /** Stories that took an article since the last second look. */
  private final Set<String> touched = new LinkedHashSet<>();
  /** The most articles one second look regroups (the touched stories and their topic). */
  private static final int LOOK_ARTICLES = 1_000;
  private long seq;
  private long nextStory = 1;
  private volatile long appliedWal;

  Ingest(Storyfold engine, Path data, GroupingConfig config, Events events) throws IOException {
    this.store = new Store(data.resolve("index"));
    this.events = events;
    this.grouper = new Grouper(engine, config);
    List<Store.Known> known = store.load(stories, articleStory, articleSeq);
    gatherMerged();
    for (Store.Known k : known) {
      grouper.record(k.id(), Prints.of(k.fingerprint()), k.published() == null ? null
          : java.time.OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(k.published()), java.time.ZoneOffset.UTC),
          resolve(k.story()), List.of());
    }
    articleSeq.values().forEach(s -> seq = Math.max(seq, s));
    stories.keySet().forEach(id -> nextStory = Math.max(nextStory, number(id) + 1));
    List<Wal.Entry> replay = new ArrayList<>();
    long committed = store.committedWalPosition();
    this.wal = Wal.open(data.resolve("wal.log"), committed, replay);
    this.indexer = new Indexer(store, replay.isEmpty() ? wal.size()
        : replay.get(0).end() - 8 - replay.get(0).payload().length);
    for (Wal.Entry e : replay) {
      Regroup r = Regroup.of(e.payload());
      if (r != null) {
        applyRegroup(r, false, e.end());
        continue;
      }
      Change c = Change.of(e.payload());
      apply(c, false, grouper.fingerprint(c.article()), e.end());
    }
    articleSeq.clear();
    indexer.await(wal.size(), Long.MAX_VALUE / 2_000_000);
    indexer.failure();
    commit();
  }

  /**
   * A merge rewrites no article in the index (that would cost a read and a write per article moved);
   * the stored story records say which story went into which, and their articles are gathered here.
   */
  private void gatherMerged() {
    // Each survivor once, with every story merged into it (sorting its list again per merged story
    // took half of a restart with 190,000 stored).
    Map<String, List<Stored>> merged = new java.util.HashMap<>();
    for (Stored s : stories.values()) {
      if (s.into() != null && !s.members().isEmpty()) {
        merged.computeIfAbsent(resolve(s.id()), k -> new ArrayList<>()).add(s);
      }
    }
    merged.forEach((survivor, from) -> {
      Stored t = stories.get(survivor);
      if (t == null) {
        return;
      }
      List<String> members = new ArrayList<>(t.members());
      long created = t.created();
      long time = t.time();
      for (Stored s : from) {
        members.addAll(s.members());
        created = Math.min(created, s.created());
        time = Math.max(time, s.time());
        stories.put(s.id(), new Stored(s.id(), s.headline(), s.created(), s.updated(), s.time(), List.of(), s.into()));
      }
      members.sort(Comparator.comparingLong(id -> articleSeq.getOrDefault(id, 0L)));
      stories.put(survivor, new Stored(t.id(), t.headline(), created, t.updated(), time, members, t.into()));
    });
  }

  private static long number(String storyId) {
    try {
      return Long.parseLong(storyId.substring(1));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Places every article (an id already stored keeps its story) and returns once all are durable. */
  List<Placed> ingest(List<Article> articles) throws IOException {
    List<Placed> placed = new ArrayList<>();
    long end = 0;
    // Analysis outside the lock: concurrent requests analyse their articles in parallel.
    List<Fingerprint> prints = articles.stream().map(grouper::fingerprint).toList();
    synchronized (lock) {
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        String existing = articleStory.get(a.id());
        if (existing != null) {
          placed.add(new Placed(a.id(), resolve(existing)));
          continue;
        }
        long now = System.currentTimeMillis();
        long time = a.published() == null ? now : a.published().toInstant().toEpochMilli();
        String fresh = "s" + nextStory;
        Grouper.Decision d = grouper.decide(a, prints.get(i), stories, fresh);
        Change c = new Change(seq + 1, a, d.story(), d.merge(), d.headline(), time, now);
        indexer.failure(); // the index cannot take more (a full disk): refuse before logging
        end = wal.append(List.of(c.bytes()));
        apply(c, true, d.fingerprint(), end);
        placed.add(new Placed(a.id(), d.story()));
      }
      end = Math.max(end, wal.size());
    }
    wal.sync(end);
    return placed;
  }

  /**
   * Applies a logged change to memory at once and queues it for the index ({@code walEnd}: the log
   * position after it).
   */
  private void apply(Change c, boolean live, Fingerprint fp, long walEnd) throws IOException {
    List<Stored> changed = new ArrayList<>(c.merge().size() * 2 + 1);
    for (String from : c.merge()) {
      merge(from, c.story(), c.now(), changed);
    }
    if (articleStory.containsKey(c.article().id())) {
      // Replayed, and the article is in the index already (a commit raced the indexer): its merges may not be
      // (they are re-applied above, which is idempotent), and the indexer must still pass its log position,
      // or the restart would wait for it for ever.
      grouper.merged(c.merge(), c.story());
      indexer.submit(Indexer.Work.moves(java.util.Map.of(), changed, walEnd));
      return;
    }
    Stored s = stories.get(c.story());
    boolean created = s == null;
    if (created) {
      s = new Stored(c.story(), c.headline(), c.seq(), c.now(), c.time(), List.of(), null);
    }
    s = s.with(c.article().id(), c.headline(), c.now(), c.time());
    stories.put(s.id(), s);
    articleStory.put(c.article().id(), s.id());
    changed.add(s);
    indexer.submit(new Indexer.Work(c.article(), s.id(), c.seq(), c.time(), Prints.bytes(fp), changed, walEnd));
    grouper.record(c.article().id(), fp, c.article().published(), s.id(), c.merge());
    grouper.remember(c.article());
    seq = Math.max(seq, c.seq());
    nextStory = Math.max(nextStory, number(c.story()) + 1);
    if (live) {
      touched.add(s.id());
      if (created) {
        events.created(s.id(), c.article().id());
      } else {
        events.grown(s.id(), c.article().id(), s.members().size());
      }
    }
  }

  private void merge(String from, String into, long now, List<Stored> changed) {
    Stored f = stories.get(from);
    Stored t = stories.get(into);
    if (f == null || t == null || f.into() != null) {
      return;
    }
    stories.put(into, t.absorb(f, now));
    stories.put(from, f.mergedInto(into, now));
    f.members().forEach(m -> articleStory.put(m, into));
    changed.add(stories.get(into));
    changed.add(stories.get(from));
    events.merged(from, into);
  }

  /**
   * A second look at the stories that took articles since the last: they and their topic are grouped
   * again by the batch's grouping (which weighs the whole group at once, where the online one decided
   * each article alone and for good), and articles move to the story the batch puts them in. A group
   * keeps the id of the story that holds most of it (the older on a tie); a story left empty points
   * to the story most of its articles went to. The grouping runs outside the ingest lock; it is
   * applied only when no article of it moved meanwhile (else the stories are looked at next time).
   * Logged and durable like an article. Returns the number of articles moved.
   */
  int secondLook() throws IOException {
    // One look at a time: a look asked for (a test, an operator) waits for the scheduled one, so that when it
    // returns 0 nothing is left to move.
    synchronized (looking) {
      return look();
    }
  }

  private int look() throws IOException {
    List<String> now;
    synchronized (lock) {
      now = new ArrayList<>(touched);
      touched.clear();
    }
    if (now.isEmpty()) {
      return 0;
    }
    org.storyfold.cluster.OnlineClusterer.Scope scope = grouper.scope(now, LOOK_ARTICLES);
    if (scope.articles().length < 2) {
      return 0;
    }
    List<List<String>> parts = grouper.regroup(scope, id -> {
      try {
        Article a = article(id);
        if (a == null) {
          throw new IllegalStateException("stored article " + id + " cannot be read");
        }
        return a;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    long end;
    Regroup r;
    synchronized (lock) {
      for (int k = 0; k < scope.articles().length; k++) {
        if (!grouper.unchanged(scope, k)) {
          touched.addAll(now);
          return 0;
        }
      }
      r = plan(parts, scope);
      if (r.moves().isEmpty()) {
        return 0;
      }
      indexer.failure();
      end = wal.append(List.of(r.bytes()));
      applyRegroup(r, true, end);
    }
    wal.sync(end);
    return r.moves().size();
  }

  private Regroup plan(List<List<String>> parts, org.storyfold.cluster.OnlineClusterer.Scope scope) throws IOException {
    Map<String, String> was = new java.util.HashMap<>();
    Map<String, Integer> sizes = new java.util.HashMap<>();
    for (int k = 0; k < scope.articles().length; k++) {
      was.put(grouper.idOf(scope, k), scope.stories()[k]);
      sizes.merge(scope.stories()[k], 1, Integer::sum);
    }
    Set<String> owners = new HashSet<>();
    Map<String, String> moves = new java.util.LinkedHashMap<>();
    Map<String, String> created = new java.util.LinkedHashMap<>();
    Map<String, Map<String, Integer>> wentTo = new java.util.HashMap<>();
    long next = nextStory;
    for (List<String> part : parts) {
      Map<String, Integer> count = new java.util.HashMap<>();
      part.forEach(a -> count.merge(was.get(a), 1, Integer::sum));
      String owner = count.keySet().stream().filter(st -> !owners.contains(st))
          .min(Comparator.comparingInt((String st) -> -count.get(st))
              .thenComparingLong(st -> stories.get(st).created()).thenComparing(st -> st))
          .orElse(null);
      if (owner == null) {
        owner = "s" + next++;
        Article first = article(part.get(0));
        created.put(owner, first == null ? "" : Grouper.headlineOf(first));
      }
      owners.add(owner);
      for (String a : part) {
        String from = was.get(a);
        if (!from.equals(owner)) {
          moves.put(a, owner);
          wentTo.computeIfAbsent(from, f -> new java.util.HashMap<>()).merge(owner, 1, Integer::sum);
          sizes.merge(from, -1, Integer::sum);
        }
      }
    }
    Map<String, String> emptied = new java.util.LinkedHashMap<>();
    sizes.forEach((st, left) -> {
      if (left == 0) {
        emptied.put(st, wentTo.get(st).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey());
      }
    });
    return new Regroup(moves, created, emptied, System.currentTimeMillis());
  }

  /** Applies a second look to memory at once and queues the rewritten articles for the index. */
  private void applyRegroup(Regroup r, boolean live, long walEnd) throws IOException {
    Map<String, Stored> changed = new java.util.LinkedHashMap<>();
    Map<String, String> moved = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> m : r.moves().entrySet()) {
      String a = m.getKey();
      String to = m.getValue();
      String known = articleStory.get(a);
      String from = known == null ? null : resolve(known);
      if (from == null || from.equals(to)) {
        continue; // replayed after the index took it, or an article the look never saw
      }
      Stored f = stories.get(from);
      List<String> left = new ArrayList<>(f.members());
      left.remove(a);
      f = new Stored(f.id(), f.headline(), f.created(), Math.max(f.updated(), r.now()), f.time(), left, f.into());
      Stored t = stories.get(to);
      if (t == null) {
        t = new Stored(to, r.created().getOrDefault(to, f.headline()), seq, r.now(), f.time(), List.of(), null);
        nextStory = Math.max(nextStory, number(to) + 1);
      }
      t = t.with(a, null, r.now(), f.time());
      stories.put(from, f);
      stories.put(to, t);
      articleStory.put(a, to);
      grouper.move(a, to);
      changed.put(from, f);
      changed.put(to, t);
      moved.put(a, to);
    }
    r.emptied().forEach((from, into) -> {
      Stored f = stories.get(from);
      if (f != null && f.members().isEmpty() && f.into() == null) {
        Stored gone = f.mergedInto(into, r.now());
        stories.put(from, gone);
        changed.put(from, gone);
        if (live) {
          events.merged(from, into);
        }
      }
    });
    if (live) {
      for (Stored s : changed.values()) {
        if (s.into() == null && !s.members().isEmpty()) {
          events.grown(s.id(), s.members().get(s.members().size() - 1), s.members().size());
        }
      }
    }
    indexer.submit(Indexer.Work.moves(moved, List.copyOf(changed.values()), walEnd));
  }

  /** The live story of a stored article, or null. */
  String storyOf(String articleId) {
    String s = articleStory.get(articleId);
    return s == null ? null : resolve(s);
  }

  /** Follows merges to the story that holds a merged story's articles now. */
  String resolve(String storyId) {
    Set<String> seen = new HashSet<>();
    String s = storyId;
    Stored st = stories.get(s);
    while (st != null && st.into() != null && seen.add(s)) {
      s = st.into();
      st = stories.get(s);
    }
    return s;
  }

  /**
   * A stored article: from memory when recent, else from the index. Reads go on when the index can
   * no longer write (a full disk closes Lucene's writer): what was acknowledged is in the log and,
   * when recent, in memory.
   */
  Article article(String id) throws IOException {
    Article cached = grouper.cached(id);
    if (cached != null) {
      return cached;
    }
    try {
      Store.Loaded l = store.article(id);
      return l == null ? null : l.article();
    } catch (org.apache.lucene.store.AlreadyClosedException writerGone) {
      return null;
    }
  }

  Stored story(String id) {
    return stories.get(id);
  }

  Map<String, Stored> stories() {
    return stories;
  }

  int articleCount() {
    return articleStory.size();
  }

  /**
   * The live stories with activity since {@code since} (epoch millis), latest first, at most
   * {@code limit}; with a query, only those holding an article that matches it (full text).
   */
  List<Stored> latest(String q, long since, int limit) throws IOException {
    Stream<Stored> live;
    if (q != null && !q.isBlank()) {
      // Read your writes: what was acknowledged before this search is in the index it searches.
      indexer.await(indexer.submitted(), 2_000);
      Set<String> ids = new LinkedHashSet<>();
      for (String article : store().search(q, 10_000)) {
        String story = storyOf(article);
        if (story != null) {
          ids.add(story);
        }
      }
      live = ids.stream().map(this::story);
    } else {
      live = stories().values().stream();
    }
    return live.filter(st -> st != null && st.into() == null && st.updated() >= since)
        .sorted(Comparator.comparingLong(Stored::updated).reversed().thenComparing(Stored::id))
        .limit(limit).toList();
  }

  /**
   * A stored story with its articles as the API and the pages give them: by publication time, then id;
   * null when none of its articles can be read.
   */
  Story assemble(Stored st) throws IOException {
    List<Article> articles = new ArrayList<>();
    for (String m : st.members()) {
      Article a = article(m);
      if (a != null) {
        articles.add(a);
      }
    }
    if (articles.isEmpty()) {
      return null;
    }
    articles.sort(Comparator.comparing(Article::published,
            Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Article::id));
    return new Story(st.id(), st.headline(), articles);
  }

  Store store() {
    return store;
  }

  /** Commits the index with the log position it covers; what came after is replayed on start. */
  void commit() throws IOException {
    long position = indexer.indexed();
    store.commit(position);
    appliedWal = position;
    if (position > TRUNCATE_AT) {
      truncate();
    }
  }

  /**
   * Empties the log once the index holds everything in it: commit at the log's end with no write in
   * between (the lock), cut the log, commit again at 0. A crash between the cut and the second commit
   * leaves a commit past the log's end, which the log reads as nothing to replay.
   */
  private void truncate() throws IOException {
    synchronized (lock) {
      long position = wal.size();
      if (!indexer.await(position, 60_000)) {
        return; // the index is far behind: cut the log another time
      }
      store.commit(position);
      wal.reset();
      indexer.restart(0);
      store.commit(0);
      appliedWal = 0;
    }
  }

  long walBytes() {
    return wal.size();
  }

  long committedWal() {
    return appliedWal;
  }

  @Override
  public void close() throws IOException {
    indexer.await(indexer.submitted(), 60_000);
    indexer.close();
    commit();
    wal.close();
    store.close();
  }
}
