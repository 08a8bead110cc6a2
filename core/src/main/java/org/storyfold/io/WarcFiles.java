package org.storyfold.io;

import java.nio.file.Path;
import org.storyfold.extract.Extractor;

/** WARC archives: each HTML response record is an article. */
final class WarcFiles {
  private WarcFiles() {}

  static void read(Path file, long maxRecordBytes, Extractor extractor, ArticleReader.Batch batch) {
    batch.reject(file.toString(), "WARC input is not supported yet");
  }
}
