package org.storyfold.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.storyfold.io.ReadResult;
import org.storyfold.story.Article;

/**
 * Reads every input into article rows, in parallel and through the engine's own readers: JSON lines
 * line-split by Spark and parsed a partition at a time, WARC, HTML and text files a file at a task
 * (copied to the executor's disk first when they live on another file system), Parquet as columns.
 * Only file names pass through the driver.
 */
final class Inputs {
  private Inputs() {}

  static Dataset<Row> read(SparkSession spark, List<String> inputs, boolean embeddings) {
    List<String> lines = new ArrayList<>();
    List<String> files = new ArrayList<>();
    List<String> parquet = new ArrayList<>();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    for (String input : inputs) {
      List<String> found = list(input, conf);
      boolean named = found.size() == 1 && found.get(0).endsWith(new Path(input).getName());
      for (String f : found) {
        String name = f.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
          lines.add(f);
        } else if (name.endsWith(".parquet") || name.endsWith(".parq")) {
          parquet.add(f);
        } else if (name.endsWith(".warc") || name.endsWith(".html") || name.endsWith(".htm")
            || name.endsWith(".txt")) {
          files.add(f);
        } else if (named) {
          // a folder's other files are passed over quietly, as the engine's folder walk does
          System.err.println("storyfold spark: skipped " + f + ": unsupported file type");
        }
      }
    }
    Dataset<Row> all = spark.createDataFrame(List.of(), ArticleRows.READ);
    if (!lines.isEmpty()) {
      all = all.union(spark.read().text(lines.toArray(String[]::new))
          .mapPartitions(jsonLines(embeddings), Encoders.row(ArticleRows.READ)));
    }
    if (!files.isEmpty()) {
      all = all.union(spark.createDataset(files, Encoders.STRING())
          .repartition(Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism())))
          .mapPartitions(files(embeddings), Encoders.row(ArticleRows.READ)));
    }
    if (!parquet.isEmpty()) {
      all = all.union(parquet(spark, parquet));
    }
    return all;
  }

  /** The supported files under an input (itself when it is a file); a missing input is named and skipped. */
  private static List<String> list(String input, Configuration conf) {
    List<String> out = new ArrayList<>();
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        System.err.println("storyfold spark: skipped " + input + ": no such file or folder");
        return out;
      }
      if (!fs.getFileStatus(path).isDirectory()) {
        out.add(fs.makeQualified(path).toString());
        return out;
      }
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      while (it.hasNext()) {
        LocatedFileStatus s = it.next();
        String name = s.getPath().getName();
        if (s.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
          out.add(s.getPath().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + input, e);
    }
    out.sort(null);
    return out;
  }

  /** A partition of JSON lines through the engine's JSON-lines reader, as one stream. */
  private static MapPartitionsFunction<Row, Row> jsonLines(boolean embeddings) {
    return rows -> {
      ReadResult read = Engines.get(embeddings).read(List.of("-"), new LinesStream(rows));
      complain(read);
      return read.articles().stream().map(a -> ArticleRows.read(a, read.pages().contains(a.id()))).iterator();
    };
  }

  /** Each file through the engine's file readers (WARC, HTML, text), from local disk. */
  private static MapPartitionsFunction<String, Row> files(boolean embeddings) {
    return names -> {
      List<Row> out = new ArrayList<>();
      Configuration conf = new Configuration();
      while (names.hasNext()) {
        Path path = new Path(names.next());
        java.nio.file.Path local = null;
        java.nio.file.Path temp = null;
        if ("file".equals(path.toUri().getScheme())) {
          local = java.nio.file.Path.of(path.toUri());
        } else {
          temp = Files.createTempDirectory("storyfold");
          local = temp.resolve(path.getName());
          path.getFileSystem(conf).copyToLocalFile(path, new Path(local.toUri()));
        }
        try {
          ReadResult read = Engines.get(embeddings).read(List.of(local.toString()), InputStream.nullInputStream());
          complain(read);
          for (Article a : read.articles()) {
            out.add(ArticleRows.read(a, read.pages().contains(a.id())));
          }
        } finally {
          if (temp != null) {
            Files.deleteIfExists(local);
            Files.deleteIfExists(temp);
          }
        }
      }
      return out.iterator();
    };
  }

  /** Parquet with {@code id} and {@code text}, and any of the optional fields. */
  private static Dataset<Row> parquet(SparkSession spark, List<String> paths) {
    Dataset<Row> p = spark.read().parquet(paths.toArray(String[]::new));
    List<String> have = List.of(p.columns());
    List<org.apache.spark.sql.Column> cols = new ArrayList<>();
    for (var f : ArticleRows.READ.fields()) {
      String n = f.name();
      org.apache.spark.sql.Column c = n.equals("extracted") ? functions.lit(false)
          : have.contains(n) ? functions.col(n).cast(f.dataType())
          : n.equals("title") ? functions.lit("") : functions.lit(null).cast(f.dataType());
      cols.add(c.as(n));
    }
    Dataset<Row> rows = p.select(cols.toArray(org.apache.spark.sql.Column[]::new))
        .where(functions.col("id").isNotNull().and(functions.col("text").isNotNull()));
    // the engine's own Article record fills the source from the URL, as for every other input
    return rows.map((org.apache.spark.api.java.function.MapFunction<Row, Row>)
        r -> ArticleRows.read(ArticleRows.article(r), false), Encoders.row(ArticleRows.READ));
  }

  private static void complain(ReadResult read) {
    read.rejections().forEach(r -> System.err.println("storyfold spark: rejected " + r.input() + ": " + r.reason()));
  }

  /** Text rows as one UTF-8 stream of lines, read lazily. */
  static final class LinesStream extends InputStream {
    private final Iterator<Row> rows;
    private byte[] current = new byte[0];
    private int pos;

    LinesStream(Iterator<Row> rows) {
      this.rows = rows;
    }

    @Override
    public int read() {
      if (!fill()) {
        return -1;
      }
      return current[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, current.length - pos);
      System.arraycopy(current, pos, b, off, n);
      pos += n;
      return n;
    }

    private boolean fill() {
      while (pos >= current.length) {
        if (!rows.hasNext()) {
          return false;
        }
        current = (rows.next().getString(0) + "\n").getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      return true;
    }
  }
}
