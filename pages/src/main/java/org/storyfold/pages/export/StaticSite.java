package org.storyfold.pages.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyfold.pages.Pages;
import org.storyfold.story.Article;

/**
 * A static export of a batch: {@code index.html}, {@code stories/ID.html} for every story,
 * {@code articles/ID.html} for every article, and the stylesheet and script beside the index; every link
 * relative, so the folder opens from disk (file://) or from any web server, at any path.
 *
 * <pre>
 *   StaticSite site = StaticSite.create(Path.of("out"));
 *   for (...) site.add(new Pages.Described(story, report));   // in the order the index lists them
 *   site.finish();
 * </pre>
 * Stories are written as they are added; the index is written by {@link #finish()}.
 */
public final class StaticSite {
  private final Path dir;
  private final Pages pages = Pages.files();
  private final List<Pages.Described> index = new ArrayList<>();
  private int files;

  private StaticSite(Path dir) {
    this.dir = dir;
  }

  /** Creates the folder (and stories/, articles/) when missing; a file of that name is refused. */
  public static StaticSite create(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("--output " + dir + " is a file, not a folder");
    }
    Files.createDirectories(dir.resolve("stories"));
    Files.createDirectories(dir.resolve("articles"));
    return new StaticSite(dir);
  }

  /** Writes the story's page and its articles' pages. */
  public void add(Pages.Described d) throws IOException {
    write(dir.resolve("stories").resolve(Pages.fileName(d.story().id()) + ".html"), pages.story(d));
    for (Article a : d.story().articles()) {
      write(dir.resolve("articles").resolve(Pages.fileName(a.id()) + ".html"), pages.article(a, d));
    }
    index.add(d);
  }

  /** Writes index.html, the stylesheet and the script; returns how many files were written in all. */
  public int finish() throws IOException {
    write(dir.resolve("index.html"), pages.front(index, null));
    write(dir.resolve(Pages.CSS), Pages.css());
    write(dir.resolve(Pages.JS), Pages.js());
    return files;
  }

  private void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    files++;
  }
}
