package org.storyfold.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalTest {
  @TempDir
  Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void open_tornTailAfterCrash_keepsWholeRecordsAndCutsTheRest() throws Exception {
    Path file = dir.resolve("wal.log");
    long afterTwo;
    try (Wal wal = Wal.open(file, 0, new ArrayList<>())) {
      wal.append(List.of(bytes("one")));
      afterTwo = wal.append(List.of(bytes("two")));
      wal.sync(afterTwo);
    }
    // Half a record, as a kill -9 in the middle of a write leaves it.
    Files.write(file, new byte[] {0, 0, 0, 50, 1, 2, 3}, StandardOpenOption.APPEND);
    List<Wal.Entry> replay = new ArrayList<>();
    try (Wal wal = Wal.open(file, 0, replay)) {
      assertThat(replay).extracting(e -> new String(e.payload(), StandardCharsets.UTF_8)).containsExactly("one", "two");
      assertThat(wal.size()).isEqualTo(afterTwo);
      long end = wal.append(List.of(bytes("three")));
      wal.sync(end);
    }
    List<Wal.Entry> again = new ArrayList<>();
    try (Wal wal = Wal.open(file, afterTwo, again)) {
      assertThat(again).extracting(e -> new String(e.payload(), StandardCharsets.UTF_8)).containsExactly("three");
    }
  }

  @Test
  void open_corruptRecord_stopsThereInsteadOfReplayingGarbage() throws Exception {
    Path file = dir.resolve("wal.log");
    try (Wal wal = Wal.open(file, 0, new ArrayList<>())) {
      wal.sync(wal.append(List.of(bytes("good"), bytes("flipped"))));
    }
    byte[] raw = Files.readAllBytes(file);
    raw[raw.length - 1] ^= 0x55;
    Files.write(file, raw);
    List<Wal.Entry> replay = new ArrayList<>();
    try (Wal wal = Wal.open(file, 0, replay)) {
      assertThat(replay).extracting(e -> new String(e.payload(), StandardCharsets.UTF_8)).containsExactly("good");
    }
  }

  @Test
  void reset_afterCommitPastTheCut_replaysOnlyWhatCameAfter() throws Exception {
    Path file = dir.resolve("wal.log");
    long committed;
    try (Wal wal = Wal.open(file, 0, new ArrayList<>())) {
      committed = wal.append(List.of(bytes("old one"), bytes("old two")));
      wal.sync(committed);
      wal.reset();
      assertThat(wal.size()).isZero();
      wal.sync(wal.append(List.of(bytes("new"))));
    }
    // The index's last commit names the position before the cut (a crash before the commit at 0).
    List<Wal.Entry> replay = new ArrayList<>();
    try (Wal wal = Wal.open(file, committed, replay)) {
      assertThat(replay).extracting(e -> new String(e.payload(), StandardCharsets.UTF_8)).containsExactly("new");
    }
  }
}
