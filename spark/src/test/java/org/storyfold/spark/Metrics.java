package org.storyfold.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/** What a local run cost: shuffle bytes written, Spark's peak execution memory, and the JVM's peak heap. */
final class Metrics {
  private final AtomicLong shuffle = new AtomicLong();
  private final AtomicLong peakExecution = new AtomicLong();
  private final AtomicLong peakHeap = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();

  private Metrics() {}

  static Metrics watch(SparkSession spark) {
    Metrics m = new Metrics();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
          m.shuffle.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
          m.peakExecution.accumulateAndGet(end.taskMetrics().peakExecutionMemory(), Math::max);
        }
      }
    });
    Thread sampler = new Thread(() -> {
      Runtime rt = Runtime.getRuntime();
      while (true) {
        m.peakHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
        m.peakLive.accumulateAndGet(live(), Math::max);
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    return m;
  }

  /** Heap in use right after the last collection of each pool: what the run holds, not its garbage. */
  private static long live() {
    long sum = 0;
    for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      java.lang.management.MemoryUsage u = p.getCollectionUsage();
      if (p.getType() == java.lang.management.MemoryType.HEAP && u != null) {
        sum += u.getUsed();
      }
    }
    return sum;
  }

  /** As {@link #report(long)}, per article too. */
  String report(long nanos, long articles) {
    long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
    return report(nanos) + String.format("%nprocess CPU %.0f s (%.1f ms an article)", cpu / 1e9, cpu / 1e6 / articles)
        + String.format("%nper article: %.2f ms wall, %.0f bytes shuffled, %.1f KB peak heap,"
        + " %.1f KB peak live heap after GC (%.0f MB)", nanos / 1e6 / articles, shuffle.get() / (double) articles,
        peakHeap.get() / 1e3 / articles, peakLive.get() / 1e3 / articles, peakLive.get() / 1e6);
  }

  String report(long nanos) {
    return String.format("job: %.1f s wall, shuffle written %.1f MB, peak task execution memory %.1f MB,"
            + " peak heap (driver = executor in local mode) %.0f MB", nanos / 1e9, shuffle.get() / 1e6,
        peakExecution.get() / 1e6, peakHeap.get() / 1e6);
  }
}
