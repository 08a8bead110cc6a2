package org.storyfold.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.storyfold.Storyfold;
import org.storyfold.extract.Cleaning;
import org.storyfold.io.ReadResult;

/**
 * Ingests every supported file dropped into a folder (text, HTML, JSON lines, WARC: the engine's
 * reader decides; RSS and Atom feeds: {@link Feeds}), so a crawler can hand over without speaking
 * HTTP. A file is taken once its size and modification time have held still for one poll (a file
 * still being written is left for later); each file is read once per run, and ingest is idempotent by id across runs.
 */
final class Watcher implements Runnable {
  private final Path folder;
  private final Storyfold engine;
  private final Ingest ingest;
  private final PrintStream err;
  private final Map<Path, String> seen = new HashMap<>();
  private final Map<Path, String> pending = new HashMap<>();

  Watcher(Path folder, Storyfold engine, Ingest ingest, PrintStream err) {
    this.folder = folder;
    this.engine = engine;
    this.ingest = ingest;
    this.err = err;
  }

  @Override
  public void run() {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String stamp = Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        if (stamp.equals(seen.get(p))) {
          continue;
        }
        if (!stamp.equals(pending.put(p, stamp))) {
          continue;
        }
        pending.remove(p);
        seen.put(p, stamp);
        take(p);
      }
    } catch (IOException | RuntimeException e) {
      err.println("storyfold: watch " + folder + ": " + e.getMessage());
    }
  }

  private void take(Path p) throws IOException {
    if (Feeds.isFeed(p)) {
      List<org.storyfold.story.Article> items = Feeds.read(p);
      if (items.isEmpty()) {
        err.println("storyfold: watch: rejected " + p + ": a feed without items that have text");
        return;
      }
      ingest.ingest(engine.clean(items, java.util.Set.of()).articles().stream()
          .map(a -> a.withLanguage(engine.detectLanguage(a.fullText()))).toList());
      return;
    }
    ReadResult read = engine.read(List.of(p.toString()), InputStream.nullInputStream());
    read.rejections().forEach(r -> err.println("storyfold: watch: rejected " + r.input() + ": " + r.reason()));
    if (read.articles().isEmpty()) {
      return;
    }
    Cleaning cleaned = engine.clean(read);
    ingest.ingest(cleaned.articles());
  }
}
