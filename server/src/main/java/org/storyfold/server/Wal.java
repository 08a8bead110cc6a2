package org.storyfold.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The write-ahead log: every accepted change is appended here and forced to disk before its reply.
 * A record is {@code [length int][crc32c int][payload]}; a torn or corrupt tail (a crash mid-write)
 * ends the log and is cut off when the log is opened.
 *
 * <p>Group commit: appends only write; {@link #sync} forces the channel once for every append made
 * so far, so concurrent requests waiting on the same force share it (as PostgreSQL's and InnoDB's
 * group commit do).
 */
final class Wal implements AutoCloseable {
  /** One record and the log position just after it. */
  record Entry(byte[] payload, long end) {}

  /** The largest record accepted on replay: a bound against a corrupt length. */
  private static final int MAX_RECORD = Integer.MAX_VALUE - 64;

  private final FileChannel channel;
  private final Object forceLock = new Object();
  private volatile long written;
  private volatile long forced;
  private volatile IOException broken;

  private Wal(FileChannel channel, long end) {
    this.channel = channel;
    this.written = end;
    this.forced = end;
  }

  /** Opens (or creates) the log, reads its valid records from {@code from}, and cuts any torn tail. */
  static Wal open(Path file, long from, List<Entry> replay) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    // A position past the end: the log was emptied after that commit, and all it holds is newer.
    long end = readFrom(ch, from > ch.size() ? 0 : from, replay);
    if (end < ch.size()) {
      ch.truncate(end);
      ch.force(true);
    }
    ch.position(end);
    return new Wal(ch, end);
  }

  private static long readFrom(FileChannel ch, long pos, List<Entry> out) throws IOException {
    long size = ch.size();
    ByteBuffer head = ByteBuffer.allocate(8);
    while (pos + 8 <= size) {
      head.clear();
      readFully(ch, head, pos);
      int len = head.getInt(0);
      int crc = head.getInt(4);
      if (len < 0 || len > MAX_RECORD || pos + 8 + len > size) {
        break;
      }
      ByteBuffer body = ByteBuffer.allocate(len);
      readFully(ch, body, pos + 8);
      if (crc(body.array()) != crc) {
        break;
      }
      pos += 8 + len;
      out.add(new Entry(body.array(), pos));
    }
    return pos;
  }

  private static void readFully(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
    while (buf.hasRemaining()) {
      int n = ch.read(buf, pos + buf.position());
      if (n < 0) {
        throw new IOException("unexpected end of log");
      }
    }
  }

  private static int crc(byte[] b) {
    CRC32C c = new CRC32C();
    c.update(b);
    return (int) c.getValue();
  }

  /**
   * Appends records (not yet durable: call {@link #sync}); returns the position after them. A failed
   * write (a full disk) cuts the log back to where it was, so the log never holds half a record.
   */
  synchronized long append(List<byte[]> payloads) throws IOException {
    if (broken != null) {
      throw broken;
    }
    int total = payloads.stream().mapToInt(p -> 8 + p.length).sum();
    ByteBuffer buf = ByteBuffer.allocate(total);
    for (byte[] p : payloads) {
      buf.putInt(p.length).putInt(crc(p)).put(p);
    }
    buf.flip();
    long start = written;
    try {
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } catch (IOException e) {
      try {
        channel.truncate(start);
        channel.position(start);
      } catch (IOException cut) {
        broken = e;
      }
      throw e;
    }
    written = start + total;
    return written;
  }

  /** Returns once everything up to {@code position} is on disk; one force serves every waiter. */
  void sync(long position) throws IOException {
    if (forced >= position) {
      return;
    }
    synchronized (forceLock) {
      if (forced >= position) {
        return;
      }
      if (broken != null) {
        throw broken;
      }
      long end = written;
      try {
        channel.force(false);
      } catch (IOException e) {
        // After a failed fsync the kernel may have dropped the dirty pages: nothing later is trusted.
        broken = e;
        throw e;
      }
      forced = end;
    }
  }

  long size() {
    return written;
  }

  /** Empties the log (its records are all committed to the index); callers hold off appends meanwhile. */
  synchronized void reset() throws IOException {
    synchronized (forceLock) {
      channel.truncate(0);
      channel.force(true);
      channel.position(0);
      written = 0;
      forced = 0;
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
