package org.storyfold.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.storyfold.StoryReport;
import org.storyfold.Storyfold;
import org.storyfold.extract.Cleaning;
import org.storyfold.reuse.Relation;
import org.storyfold.story.Article;
import org.storyfold.story.Story;

/**
 * Steps 4 and 5: a component is a topic, not yet a story. Each is handed whole to the engine's own
 * batch grouping ({@link Storyfold#stories}), and each story it finds is described by the engine
 * ({@link Storyfold#describe}): components run in parallel across tasks, the stories of one component
 * in parallel across the task's cores. A description that fails costs its story the description only.
 */
final class Refine {
  static final StructType MEMBER = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("title", DataTypes.StringType, false)
      .add("url", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("language", DataTypes.StringType, true)
      .add("relation", DataTypes.StringType, true)
      .add("relationOf", DataTypes.StringType, true)
      .add("shared", DataTypes.DoubleType, true)
      .add("originality", DataTypes.DoubleType, true);

  /** One story: its id, component, size, headline, members, summary, and the CLI's JSON of it. */
  static final StructType STORY = new StructType()
      .add("story", DataTypes.StringType, false)
      .add("component", DataTypes.LongType, false)
      .add("size", DataTypes.IntegerType, false)
      .add("headline", DataTypes.StringType, false)
      .add("articles", DataTypes.createArrayType(MEMBER, false), false)
      .add("summary", DataTypes.createArrayType(DataTypes.StringType, false), true)
      .add("json", DataTypes.StringType, false);

  /** The relation of a member its story's description did not align (ReuseConfig.maxAligned). */
  static final String NOT_ALIGNED = "not aligned";

  private Refine() {}

  /** {@code labelled}: clean article rows with a {@code component} column. */
  static Dataset<Row> stories(Dataset<Row> labelled, boolean embeddings, BatchWeights batch) {
    return labelled
        .groupByKey((MapFunction<Row, Long>) r -> r.getLong(ArticleRows.COMPONENT), Encoders.LONG())
        .flatMapGroups(component(embeddings, batch), Encoders.row(STORY));
  }

  private static FlatMapGroupsFunction<Long, Row, Row> component(boolean embeddings, BatchWeights batch) {
    return (component, rows) -> {
      Storyfold engine = Engines.get(embeddings);
      List<Article> articles = new ArrayList<>();
      Map<String, List<Cleaning.Removal>> removed = new HashMap<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        Article a = ArticleRows.article(r);
        articles.add(a);
        List<Cleaning.Removal> lines = ArticleRows.removed(r);
        if (!lines.isEmpty()) {
          removed.put(a.id(), lines);
        }
      }
      // the batch order of the engine's own run: by id, whatever order the shuffle delivered
      articles.sort(java.util.Comparator.comparing(Article::id));
      Cleaning cleaning = new Cleaning(articles, removed);
      // grouped with the whole input's idf and chance level, as in one run of the engine over it
      List<Story> found = engine.stories(articles, batch.scorer());
      String prefix = "s" + Long.toHexString(component) + ".";
      List<Story> stories = new ArrayList<>(found.size());
      for (int i = 0; i < found.size(); i++) {
        Story s = found.get(i);
        stories.add(new Story(prefix + (i + 1), s.headline(), s.articles()));
      }
      return stories.parallelStream().map(s -> row(s, component, describe(engine, s, cleaning))).toList().iterator();
    };
  }

  private static StoryReport describe(Storyfold engine, Story story, Cleaning cleaning) {
    if (story.articles().size() < 2) {
      return null;
    }
    try {
      return engine.describe(story, cleaning);
    } catch (RuntimeException e) {
      System.err.println("storyfold spark: story " + story.id() + " (" + story.articles().get(0).id()
          + ", ...) could not be described: " + e);
      return null;
    }
  }

  private static Row row(Story s, long component, StoryReport report) {
    List<Row> members = new ArrayList<>(s.articles().size());
    java.util.Set<String> notAligned = report == null ? java.util.Set.of()
        : new java.util.HashSet<>(report.reuse().notAligned());
    for (Article a : s.articles()) {
      Relation rel = report == null ? null : report.reuse().relations().get(a.id());
      Double originality = report == null ? null : report.reuse().originality().get(a.id());
      // a member of a story over ReuseConfig.maxAligned left out of its alignment: "not aligned"
      String kind = rel != null ? rel.kind().toString() : notAligned.contains(a.id()) ? NOT_ALIGNED : null;
      members.add(RowFactory.create(a.id(), a.title(), a.url(), a.source(),
          a.published() == null ? null : a.published().toString(), a.language(),
          kind, rel == null ? null : rel.of(), rel == null ? null : rel.shared(),
          originality));
    }
    return RowFactory.create(s.id(), component, s.articles().size(), s.headline(), ArticleRows.seq(members),
        report == null ? null : ArticleRows.seq(report.facts().summary()),
        org.storyfold.StoryJson.story(s, report, false).toString());
  }
}
