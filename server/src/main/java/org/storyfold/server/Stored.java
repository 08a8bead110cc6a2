package org.storyfold.server;

import java.util.List;

/**
 * One story as the server keeps it in memory (an immutable snapshot, replaced on every change).
 *
 * @param id       stable id ({@code s1}, {@code s2}, ... in order of creation)
 * @param headline the engine's headline for the story's latest grouping
 * @param created  the arrival sequence number of its first article (older stories survive merges)
 * @param updated  wall-clock milliseconds of its latest activity (an article joined, a merge)
 * @param time     the latest publication time of its articles (arrival time when unknown), millis
 * @param members  article ids in arrival order
 * @param into     the story it was merged into, or null
 */
record Stored(String id, String headline, long created, long updated, long time, List<String> members,
              String into) {
  Stored {
    members = List.copyOf(members);
  }

  Stored with(String articleId, String newHeadline, long now, long articleTime) {
    List<String> m = new java.util.ArrayList<>(members);
    m.add(articleId);
    return new Stored(id, newHeadline == null || newHeadline.isBlank() ? headline : newHeadline, created,
        Math.max(updated, now), Math.max(time, articleTime), m, into);
  }

  Stored absorb(Stored other, long now) {
    List<String> m = new java.util.ArrayList<>(members);
    m.addAll(other.members);
    return new Stored(id, headline, Math.min(created, other.created), Math.max(updated, now),
        Math.max(time, other.time), m, into);
  }

  Stored mergedInto(String survivor, long now) {
    return new Stored(id, headline, created, now, time, List.of(), survivor);
  }
}
