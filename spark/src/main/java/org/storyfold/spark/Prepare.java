package org.storyfold.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.storyfold.Storyfold;
import org.storyfold.extract.Cleaning;
import org.storyfold.fingerprint.Fingerprint;
import org.storyfold.fingerprint.Fingerprinter;
import org.storyfold.story.Article;

/**
 * Step 1: clean and fingerprint. Boilerplate is what recurs across the pages of a site, so articles
 * are grouped by site and each site is cleaned as one batch by the engine; articles with no site form
 * one group of their own, as they do in the engine's batch. Each clean article is then analyzed and
 * fingerprinted by the engine, on the executor that cleaned it.
 */
final class Prepare {
  private Prepare() {}

  static Dataset<Row> clean(Dataset<Row> read, boolean embeddings) {
    return read
        .groupByKey((MapFunction<Row, String>) r -> site(r), Encoders.STRING())
        .flatMapGroups(site(embeddings), Encoders.row(ArticleRows.CLEAN));
  }

  private static String site(Row r) {
    String source = r.getString(ArticleRows.SOURCE);
    return source == null ? "" : source;
  }

  private static FlatMapGroupsFunction<String, Row, Row> site(boolean embeddings) {
    return (site, rows) -> {
      Storyfold engine = Engines.get(embeddings);
      List<Article> articles = new ArrayList<>();
      Set<String> extracted = new HashSet<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        Article a = ArticleRows.article(r);
        articles.add(a);
        if (ArticleRows.extracted(r)) {
          extracted.add(a.id());
        }
      }
      Cleaning cleaning = engine.clean(articles, extracted);
      Fingerprinter fingerprinter = new Fingerprinter();
      return cleaning.articles().parallelStream().map(a -> {
        Fingerprint fp = fingerprinter.of(engine.analyze(a));
        return RowFactory.create(a.id(), a.url(), a.source(), a.title(), a.text(),
            a.published() == null ? null : a.published().toString(), a.language(), extracted.contains(a.id()),
            ArticleRows.removalRows(cleaning.removed(), a.id()), ArticleRows.seq(boxed(fp.minhash())),
            ArticleRows.seq(boxed(fp.features())), ArticleRows.seq(boxed(fp.counts())), ArticleRows.seq(boxed(fp.kinds())));
      }).toList().iterator();
    };
  }

  private static List<Integer> boxed(int[] v) {
    List<Integer> out = new ArrayList<>(v.length);
    for (int x : v) {
      out.add(x);
    }
    return out;
  }

  private static List<Float> boxed(float[] v) {
    List<Float> out = new ArrayList<>(v.length);
    for (float x : v) {
      out.add(x);
    }
    return out;
  }

  private static List<Byte> boxed(byte[] v) {
    List<Byte> out = new ArrayList<>(v.length);
    for (byte x : v) {
      out.add(x);
    }
    return out;
  }
}
