package org.storyfold.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of bytes, each bounded while it is read: a line longer than the limit is skipped to its end and
 * only its length is kept, so a gzip bomb of zeros (one endless line) costs time but never memory.
 * {@code BufferedReader.readLine} holds the whole line before anyone can look at its length.
 */
final class LineReader {
  /** One line: its bytes without the line break, or {@code null} with its length when it was too long. */
  record Line(long number, byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int limit;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int end;
  private long number;
  private byte[] line = new byte[256];

  /** @param limit the longest line kept, in bytes (lines over it come back as too long) */
  LineReader(InputStream in, long limit) {
    this.in = in;
    this.limit = (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1, limit));
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    int kept = 0;
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (length + n <= limit) {
        if (kept + n > line.length) {
          line = Arrays.copyOf(line, (int) Math.min((long) limit + 1, Math.max(kept + n, 2L * line.length)));
        }
        System.arraycopy(buffer, start, line, kept, n);
        kept += n;
      }
      length += n;
      if (pos < end) {
        pos++; // the line break
        break;
      }
    }
    number++;
    if (length > limit) {
      return new Line(number, null, length);
    }
    if (kept > 0 && line[kept - 1] == '\r') {
      kept--;
    }
    byte[] bytes = Arrays.copyOf(line, kept);
    if (line.length > 1 << 20) {
      line = new byte[256]; // one long line must not pin its buffer for the rest of the file
    }
    return new Line(number, bytes, kept);
  }
}
