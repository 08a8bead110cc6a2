package org.storyfold.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** The figures --stats prints: throughput and peak heap. */
final class Stats {
  private final long start = System.nanoTime();

  void print(String what, int articles, PrintStream err) {
    print(what, articles, "articles", err);
  }

  void print(String what, int count, String unit, PrintStream err) {
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    err.printf(Locale.ROOT, "%s: %d %s in %.2f s, %.0f %s/s, peak heap %d MiB%n",
        what, count, unit, seconds, count / Math.max(seconds, 1e-9), unit, peak >> 20);
  }
}
