package org.storyfold.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens files that may be gzipped, and reads them whole under a size limit. */
final class Compression {
  private Compression() {}

  /** Opens a file, unzipping it when its name ends with .gz. */
  static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
        ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** Reads a whole file (unzipped), refusing one larger than {@code limit} bytes. */
  static byte[] readAll(Path file, long limit) throws IOException, Rejected {
    long size = Files.size(file);
    if (size > limit) {
      throw new Rejected("file too large: " + size + " bytes, the limit is " + limit);
    }
    try (InputStream in = open(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new Rejected("file too large once unzipped: over " + limit + " bytes");
      }
      return bytes;
    } catch (java.io.EOFException e) {
      throw new Rejected("truncated gzip data");
    } catch (java.util.zip.ZipException e) {
      throw new Rejected("corrupt gzip data: " + e.getMessage());
    }
  }
}
