package org.storyfold.server;

import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Counters and the ingest latency (request in to durable reply) as an HdrHistogram, in microseconds. */
final class Metrics {
  /** Latencies up to an hour at three significant digits. */
  private final Histogram ingest = new ConcurrentHistogram(3_600_000_000L, 3);
  final AtomicLong requests = new AtomicLong();
  final AtomicLong accepted = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();
  final AtomicLong failed = new AtomicLong();

  void recordIngest(long nanos) {
    ingest.recordValue(Math.max(1, nanos / 1000));
  }

  /** Latency at a percentile, milliseconds. */
  double percentileMillis(double p) {
    return ingest.getValueAtPercentile(p) / 1000.0;
  }

  long ingestCount() {
    return ingest.getTotalCount();
  }
}
