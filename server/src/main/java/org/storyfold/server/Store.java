package org.storyfold.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.storyfold.story.Article;

/**
 * The durable store: one Lucene index holding every article (stored fields, and its words for BM25)
 * and every story (headline, times, the story it was merged into). The in-memory state is rebuilt
 * from it on start; each commit records the write-ahead log position it covers.
 */
final class Store implements AutoCloseable {
  static final String WAL_POSITION = "wal";
  private static final String KIND = "kind";
  private static final String ARTICLE = "article";
  private static final String STORY = "story";
  private static final String FINGERPRINT = "fp";
  private static final String SEQ_COLUMN = "seq_dv";
  private static final String ID_COLUMN = "id_dv";
  private static final String STORY_COLUMN = "story_dv";
  private static final String FINGERPRINT_COLUMN = "fp_dv";
  private static final String PUBLISHED_COLUMN = "published_dv";

  private final Directory dir;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer analyzer = new StandardAnalyzer();
  private volatile boolean dirty;

  Store(Path folder) throws IOException {
    this.dir = FSDirectory.open(folder);
    IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(32);
    this.writer = new IndexWriter(dir, cfg);
    this.searchers = new SearcherManager(writer, null);
  }

  /** The log position the last commit covers (0 for a new store). */
  long committedWalPosition() throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return 0;
    }
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return Long.parseLong(data.getOrDefault(WAL_POSITION, "0"));
  }

  void putArticle(Article a, String story, long seq, long time, byte[] fingerprint) throws IOException {
    Document d = new Document();
    d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(new StringField(STORY, story, Field.Store.YES));
    d.add(new StoredField("seq", seq));
    d.add(new LongPoint("time", time));
    d.add(new StoredField("time", time));
    d.add(new TextField("body", a.fullText(), Field.Store.NO));
    d.add(new StoredField("title", a.title()));
    d.add(new StoredField("text", a.text()));
    d.add(new StoredField(FINGERPRINT, fingerprint));
    optional(d, "url", a.url());
    optional(d, "source", a.source());
    optional(d, "published", a.published() == null ? null : a.published().toString());
    optional(d, "language", a.language());
    // What a restart needs of every article, column-wise: read without decompressing the stored texts.
    d.add(new NumericDocValuesField(SEQ_COLUMN, seq));
    d.add(new BinaryDocValuesField(ID_COLUMN, new BytesRef(a.id())));
    d.add(new BinaryDocValuesField(STORY_COLUMN, new BytesRef(story)));
    d.add(new BinaryDocValuesField(FINGERPRINT_COLUMN, new BytesRef(fingerprint)));
    if (a.published() != null) {
      d.add(new NumericDocValuesField(PUBLISHED_COLUMN, a.published().toEpochSecond()));
    }
    writer.updateDocument(new Term("id", a.id()), d);
    dirty = true;
  }

  private static void optional(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  void putStory(Stored s) throws IOException {
    Document d = new Document();
    d.add(new StringField(KIND, STORY, Field.Store.YES));
    d.add(new StringField("sid", s.id(), Field.Store.YES));
    d.add(new StoredField("headline", s.headline()));
    d.add(new StoredField("created", s.created()));
    d.add(new StoredField("updated", s.updated()));
    d.add(new StoredField("stime", s.time()));
    optional(d, "into", s.into());
    writer.updateDocument(new Term("sid", s.id()), d);
    dirty = true;
  }

  /** An article as stored, with its story and arrival data. */
  record Loaded(Article article, String story, long seq, long time, byte[] fingerprint) {}

  /** A stored article as online grouping needs it on start ({@code published}: epoch seconds, or null). */
  record Known(String id, String story, long seq, Long published, byte[] fingerprint) {}

  /**
   * Every story and every article's story, for rebuilding the in-memory state; returns what online
   * grouping needs of every article, in arrival order.
   */
  List<Known> load(Map<String, Stored> stories, Map<String, String> articleStory, Map<String, Long> articleSeq)
      throws IOException {
    List<Known> known = new ArrayList<>();
    refresh();
    IndexSearcher s = searchers.acquire();
    try {
      Map<String, List<String>> memberIds = new HashMap<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        StoredFields fields = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        NumericDocValues seqs = DocValues.getNumeric(leaf.reader(), SEQ_COLUMN);
        BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID_COLUMN);
        BinaryDocValues storyOf = DocValues.getBinary(leaf.reader(), STORY_COLUMN);
        BinaryDocValues prints = DocValues.getBinary(leaf.reader(), FINGERPRINT_COLUMN);
        NumericDocValues published = DocValues.getNumeric(leaf.reader(), PUBLISHED_COLUMN);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          if (!seqs.advanceExact(doc)) { // a story's record: few, and small
            Document d = fields.document(doc, Set.of(KIND, "sid", "headline", "created", "updated", "stime", "into"));
            if (STORY.equals(d.get(KIND))) {
              stories.put(d.get("sid"), new Stored(d.get("sid"), d.get("headline"),
                  d.getField("created").numericValue().longValue(), d.getField("updated").numericValue().longValue(),
                  d.getField("stime").numericValue().longValue(), List.of(), d.get("into")));
            }
            continue;
          }
          long seq = seqs.longValue();
          ids.advanceExact(doc);
          storyOf.advanceExact(doc);
          prints.advanceExact(doc);
          String id = ids.binaryValue().utf8ToString();
          String story = storyOf.binaryValue().utf8ToString().intern();
          articleStory.put(id, story);
          articleSeq.put(id, seq);
          memberIds.computeIfAbsent(story, k -> new ArrayList<>()).add(id);
          BytesRef fp = prints.binaryValue();
          known.add(new Known(id, story, seq, published.advanceExact(doc) ? published.longValue() : null,
              java.util.Arrays.copyOfRange(fp.bytes, fp.offset, fp.offset + fp.length)));
        }
      }
      memberIds.forEach((story, ids) -> {
        ids.sort(java.util.Comparator.comparingLong(articleSeq::get));
        // A commit taken between an article and its story's record leaves a story without a record.
        Stored st = stories.getOrDefault(story, new Stored(story, "", articleSeq.get(ids.get(0)), 0, 0, List.of(),
            null));
        stories.put(story, new Stored(st.id(), st.headline(), st.created(), st.updated(), st.time(), ids,
            st.into()));
      });
    } finally {
      searchers.release(s);
    }
    known.sort(java.util.Comparator.comparingLong(Known::seq));
    return known;
  }

  Loaded article(String id) throws IOException {
    refreshIfDirty();
    IndexSearcher s = searchers.acquire();
    try {
      ScoreDoc[] hits = s.search(new TermQuery(new Term("id", id)), 1).scoreDocs;
      if (hits.length == 0) {
        return null;
      }
      Document d = s.storedFields().document(hits[0].doc);
      String published = d.get("published");
      Article a = new Article(d.get("id"), d.get("url"), d.get("source"), d.get("title"), d.get("text"),
          published == null ? null : OffsetDateTime.parse(published), d.get("language"));
      return new Loaded(a, d.get(STORY), d.getField("seq").numericValue().longValue(),
          d.getField("time").numericValue().longValue(), fingerprintOf(d));
    } finally {
      searchers.release(s);
    }
  }

  private static byte[] fingerprintOf(Document d) {
    BytesRef b = d.getBinaryValue(FINGERPRINT);
    return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
  }

  /** Ids of articles matching every word of a free-text query, best first. */
  List<String> search(String text, int hits) throws IOException {
    refreshIfDirty();
    Map<String, Integer> words = tokens(text);
    if (words.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    words.keySet().forEach(w -> q.add(new TermQuery(new Term("body", w)), BooleanClause.Occur.MUST));
    IndexSearcher s = searchers.acquire();
    try {
      return ids(s, q.build(), hits);
    } finally {
      searchers.release(s);
    }
  }

  private static List<String> ids(IndexSearcher s, Query q, int n) throws IOException {
    List<String> out = new ArrayList<>();
    StoredFields fields = s.storedFields();
    for (ScoreDoc sd : s.search(q, n).scoreDocs) {
      out.add(fields.document(sd.doc, Set.of("id")).get("id"));
    }
    return out;
  }

  private Map<String, Integer> tokens(String text) throws IOException {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tf.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    }
    return tf;
  }

  /** Opens a new near-real-time reader when something was written since the last (also on a schedule). */
  synchronized void refreshIfDirty() throws IOException {
    if (dirty) {
      refresh();
    }
  }

  // Synchronized with refreshIfDirty: a reader that finds the flag cleared must also find the new reader in
  // place, else the indexer, reading back an article it has just written, could get the old one.
  private synchronized void refresh() throws IOException {
    dirty = false;
    searchers.maybeRefreshBlocking();
  }

  /** Commits everything added so far, recording the log position it covers. */
  void commit(long walPosition) throws IOException {
    writer.setLiveCommitData(Map.of(WAL_POSITION, Long.toString(walPosition)).entrySet());
    writer.commit();
  }

  long sizeBytes() throws IOException {
    long total = 0;
    for (String f : dir.listAll()) {
      try {
        total += dir.fileLength(f);
      } catch (IOException gone) {
        // merged away between list and length
      }
    }
    return total;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    dir.close();
  }
}
