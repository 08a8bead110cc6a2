package org.storyfold.server;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.storyfold.story.Article;

/**
 * Writes placed articles and their stories into the Lucene store on a thread of its own, so that a
 * request waits only for the log's force, never for Lucene's analysis, a segment flush or a merge
 * stall. The log is the record of what was acknowledged; the index follows it in log order and
 * {@link #indexed} says how far: a commit records that position, and a restart replays the log from
 * there. Reads of recent articles come from memory meanwhile; a search first waits for the index to
 * hold what was acknowledged before it (read your writes).
 */
final class Indexer implements AutoCloseable {
  /** One placed article: its document, the stories it changed (latest snapshots) and the log position after it. */
  record Work(Article article, String story, long seq, long time, byte[] fingerprint, List<Stored> stories,
              long walEnd, java.util.Map<String, String> moves) {
    Work(Article article, String story, long seq, long time, byte[] fingerprint, List<Stored> stories, long walEnd) {
      this(article, story, seq, time, fingerprint, stories, walEnd, java.util.Map.of());
    }

    /** A second look: stored articles rewritten with their new stories. */
    static Work moves(java.util.Map<String, String> moves, List<Stored> stories, long walEnd) {
      return new Work(null, null, 0, 0, null, stories, walEnd, moves);
    }
  }

  private static final Work STOP = new Work(null, null, 0, 0, null, List.of(), 0);

  private final Store store;
  /** Bounded: when the index falls far behind, ingest waits rather than filling the heap. */
  private final BlockingQueue<Work> queue = new ArrayBlockingQueue<>(8192);
  private final Thread thread;
  private final Object progress = new Object();
  private volatile long indexed;
  private volatile long submitted;
  private volatile Exception failed;

  Indexer(Store store, long from) {
    this.store = store;
    this.indexed = from;
    this.submitted = from;
    this.thread = new Thread(this::run, "storyfold-indexer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues a placed article (callers submit in log order, one at a time). */
  void submit(Work w) throws IOException {
    failure();
    submitted = w.walEnd();
    try {
      queue.put(w);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while queueing for the index", e);
    }
  }

  /** Throws the index's failure (a full disk closes Lucene's writer): later writes are refused. */
  void failure() throws IOException {
    Exception e = failed;
    if (e != null) {
      throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
    }
  }

  private void run() {
    while (true) {
      Work w;
      try {
        w = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (w == STOP) {
        return;
      }
      if (failed == null) {
        try {
          if (w.article() != null) {
            store.putArticle(w.article(), w.story(), w.seq(), w.time(), w.fingerprint());
          }
          for (java.util.Map.Entry<String, String> m : w.moves().entrySet()) {
            Store.Loaded l = store.article(m.getKey()); // what this thread wrote before is visible: it refreshes
            if (l != null) {
              store.putArticle(l.article(), m.getValue(), l.seq(), l.time(), l.fingerprint());
            }
          }
          for (Stored s : w.stories()) {
            store.putStory(s);
          }
        } catch (IOException | RuntimeException e) {
          failed = e;
        }
      }
      synchronized (progress) {
        if (failed == null) { // past a failure nothing is written: a commit must not record it as indexed
          indexed = w.walEnd();
        }
        progress.notifyAll();
      }
    }
  }

  /** The log position up to which every change is in the index writer (not necessarily committed). */
  long indexed() {
    return indexed;
  }

  /** The log position of the last change submitted. */
  long submitted() {
    return submitted;
  }

  /** Waits (at most {@code millis}) until every change up to {@code position} is in the index writer. */
  boolean await(long position, long millis) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    synchronized (progress) {
      while (indexed < position && failed == null) {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          return false;
        }
        try {
          progress.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return indexed >= position;
  }

  /** After the log was emptied (nothing queued, no writer meanwhile): positions start again at {@code at}. */
  void restart(long at) {
    synchronized (progress) {
      indexed = at;
      submitted = at;
    }
  }

  @Override
  public void close() {
    try {
      queue.put(STOP);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      thread.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
