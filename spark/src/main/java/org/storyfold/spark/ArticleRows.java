package org.storyfold.spark;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.storyfold.extract.Cleaning;
import org.storyfold.story.Article;

/** Articles as Spark rows: the engine's {@link Article} field for field, plus what cleaning needs. */
final class ArticleRows {
  static final StructType REMOVAL = new StructType()
      .add("line", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false)
      .add("code", DataTypes.StringType, false);

  /** An article as read: {@code extracted} when it came out of HTML (cleaning leaves it alone). */
  static final StructType READ = new StructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("url", DataTypes.StringType, true),
      DataTypes.createStructField("source", DataTypes.StringType, true),
      DataTypes.createStructField("title", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, false),
      DataTypes.createStructField("published", DataTypes.StringType, true),
      DataTypes.createStructField("language", DataTypes.StringType, true),
      DataTypes.createStructField("extracted", DataTypes.BooleanType, false)});

  /** A clean article with its removed lines and its fingerprint's keys. */
  static final StructType CLEAN = READ
      .add("removed", DataTypes.createArrayType(REMOVAL), false)
      .add("minhash", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("features", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("counts", DataTypes.createArrayType(DataTypes.FloatType, false), false)
      .add("kinds", DataTypes.createArrayType(DataTypes.ByteType, false), false);

  private ArticleRows() {}

  static Row read(Article a, boolean extracted) {
    return RowFactory.create(a.id(), a.url(), a.source(), a.title(), a.text(),
        a.published() == null ? null : a.published().toString(), a.language(), extracted);
  }

  /** Column positions: rows made by the job's own functions carry no schema, so fields go by position. */
  static final int ID = 0;
  static final int SOURCE = 2;
  static final int EXTRACTED = 7;
  static final int REMOVED = 8;
  /** After {@link #CLEAN}'s columns: the 64-bit node id, then the component. */
  static final int COMPONENT = 14;

  static Article article(Row r) {
    String published = r.getString(5);
    return new Article(r.getString(ID), r.getString(1), r.getString(SOURCE), r.getString(3), r.getString(4),
        published == null ? null : OffsetDateTime.parse(published), r.getString(6));
  }

  static boolean extracted(Row r) {
    return r.getBoolean(EXTRACTED);
  }

  static List<Cleaning.Removal> removed(Row r) {
    List<Row> rows = r.getList(REMOVED);
    List<Cleaning.Removal> out = new ArrayList<>(rows.size());
    for (Row x : rows) {
      out.add(new Cleaning.Removal(x.getString(0), Cleaning.Reason.valueOf(x.getString(2)), x.getString(1)));
    }
    return out;
  }

  static scala.collection.immutable.Seq<Row> removalRows(Map<String, List<Cleaning.Removal>> removed, String id) {
    List<Row> out = new ArrayList<>();
    for (Cleaning.Removal x : removed.getOrDefault(id, List.of())) {
      out.add(RowFactory.create(x.line(), x.reason(), x.code().name()));
    }
    return seq(out);
  }

  /** Row encoders take Scala sequences for array columns, not Java lists. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
