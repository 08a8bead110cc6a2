package org.storyfold.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyfold.Storyfold;
import org.storyfold.StoryfoldConfig;
import org.storyfold.story.Article;

/** The write path below the HTTP layer: the log, the indexer thread and the commits, across restarts. */
class IngestTest {
  private static final Storyfold ENGINE = new Storyfold(StoryfoldConfig.defaults().withEmbeddings(false));

  private static Ingest open(Path data) throws Exception {
    return new Ingest(ENGINE, data, GroupingConfig.defaults(true), new Events());
  }

  private static Article fire(String id) {
    return new Article(id, null, null, "Fire at Port Calder chemical plant", "A fire broke out at the Veltrane "
        + "Chemicals plant in Port Calder on Monday night, forcing the evacuation of 240 workers. Fire chief "
        + "Maria Olsen said the blaze started in a solvent storage hall. Report " + id + ".",
        OffsetDateTime.parse("2026-03-02T08:00:00Z"), null);
  }

  /**
   * The index took an article after the log position its last commit recorded (the commit ran while the
   * indexer went on). The restart replays that article, finds it known, and must still let the indexer pass
   * its position: it used to skip it and then wait for that position for ever.
   */
  @Test
  void restart_afterACommitThatRacedTheIndexer_replaysAndDoesNotWait(@TempDir Path data) throws Exception {
    try (Ingest first = open(data)) {
      first.ingest(List.of(fire("a")));
    }
    long afterA;
    try (Store store = new Store(data.resolve("index"))) {
      afterA = store.committedWalPosition();
    }
    try (Ingest second = open(data)) {
      second.ingest(List.of(fire("b")));
    }
    try (Store store = new Store(data.resolve("index"))) {
      assertThat(store.committedWalPosition()).isGreaterThan(afterA);
      store.commit(afterA); // b is in the index, but the commit says the log after a is still to apply
    }
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      try (Ingest third = open(data)) {
        assertThat(third.storyOf("a")).isNotNull().isEqualTo(third.storyOf("b"));
      }
    });
  }
}
