package nl.techniekpact.cms.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.search.SearchDocument.Stamp;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of one node: Lucene over a {@link Directory}, written through one {@link
 * IndexWriter} and read through near-real-time searchers. Changes become visible to searches at
 * {@link #refresh()}, so a batch (a whole type re-read) is seen all at once.
 *
 * <p>Only published and scheduled items are ever put in; each carries the moments it becomes
 * visible and stops being visible, and every search filters on them, so a scheduled item appears
 * (and an ended one disappears) on time without a re-index. Drafts, archived and deleted items are
 * removed when their change is observed.
 *
 * <p>The index is kept across restarts ({@link #open}): each commit records the {@link #FORMAT} it
 * was written in, and an index of another format, or one that fails its checksums, is replaced by
 * an empty one. Items read from a versioned row carry its {@link Stamp}, so {@link #stamps} tells
 * what must be read again.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
 *   index.put(document);
 *   index.refresh();
 *   SearchResults found = index.search(new SearchRequest("scholen", null, false, 0, 20, now));
 * }
 * }</pre>
 */
public final class SearchIndex implements Closeable {

  static final String ID = "id";
  static final String TYPE = "type";
  static final String KEY = "key";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String LINK = "link";
  static final String VISIBLE_FROM = "visible_from";
  static final String VISIBLE_UNTIL = "visible_until";
  static final String ROW_VERSION = "row_version";
  static final String ROW_UPDATED = "row_updated";
  static final String PLUGIN = "plugin";
  static final String PLUGIN_TYPE = "plugin_type";
  static final String TYPE_LABEL = "type_label";

  /**
   * The format of the documents and their analysis; an index written in another one is rebuilt.
   * Raise it whenever fields, analysis or what is read into the index change. (Plugin items, added
   * in session 8, did not need it: their fields are new and only theirs, and the catch-up reads
   * them whole, so a kept index gains them without a rebuild; ADR 0036.)
   */
  static final String FORMAT = "2";

  /** The commit's user data key holding the {@link #FORMAT}. */
  static final String FORMAT_KEY = "techniekpact.search.format";

  /** Heap the writer buffers documents in before it writes a segment. */
  static final double RAM_BUFFER_MB = 48;

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  /** What {@link #open} found in the directory. */
  public enum Opening {
    /** A committed index of the current format with valid checksums: kept. */
    KEPT,
    /** No index: a new, empty one. */
    NEW,
    /** An index of another format (or none recorded): replaced by an empty one. */
    OTHER_FORMAT,
    /** An index that could not be read or failed its checksums: replaced by an empty one. */
    CORRUPT
  }

  /** Full text, stored for snippets, with offsets so snippets need no re-analysis. */
  private static final FieldType FULL_TEXT = fullText();

  /**
   * Matches a search ranks exactly before it may stop counting: past these, only the best hits are
   * scored (Lucene skips the rest) and the total comes from {@link SearchTotals}.
   */
  static final int COUNTED_WHILE_RANKING = 1000;

  /** Characters a snippet aims at. */
  static final int SNIPPET_LENGTH = 180;

  private static final int SNIPPET_PASSAGES = 2;

  /** Query operators a visitor may use: "phrase", -not, prefix*, a | b, (groups). */
  private static final int OPERATORS =
      SimpleQueryParser.AND_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.PREFIX_OPERATOR
          | SimpleQueryParser.ESCAPE_OPERATOR
          | SimpleQueryParser.WHITESPACE_OPERATOR;

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Opening opening;
  private volatile SearchTotals totals;
  private volatile VisibleView view;

  private SearchIndex(Directory directory, Opening opening) throws IOException {
    this.directory = directory;
    this.opening = opening;
    this.analyzer = SearchAnalysis.perField();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(
                opening == Opening.KEPT
                    ? IndexWriterConfig.OpenMode.APPEND
                    : IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(RAM_BUFFER_MB);
    this.writer = new IndexWriter(directory, config);
    this.writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
    this.searchers = new SearcherManager(writer, null);
  }

  /** An empty index in a directory; anything in it is replaced. */
  public static SearchIndex create(Directory directory) throws IOException {
    return new SearchIndex(directory, Opening.NEW);
  }

  /**
   * The index committed in a directory when it is of the current format and passes its checksums,
   * else an empty one in its place ({@link #opening()} says which).
   */
  public static SearchIndex open(Directory directory) throws IOException {
    Opening found = inspect(directory);
    if (found == Opening.KEPT) {
      try {
        return new SearchIndex(directory, found);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "The kept search index cannot be opened for writing", e);
        found = Opening.CORRUPT;
      }
    }
    if (found != Opening.NEW) {
      for (String file : directory.listAll()) {
        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
          directory.deleteFile(file);
        }
      }
    }
    return new SearchIndex(directory, found);
  }

  /** Whether a directory holds a readable index of the current format with valid checksums. */
  private static Opening inspect(Directory directory) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return Opening.NEW;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        if (!FORMAT.equals(reader.getIndexCommit().getUserData().get(FORMAT_KEY))) {
          return Opening.OTHER_FORMAT;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
          leaf.reader().checkIntegrity();
        }
        return Opening.KEPT;
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The search index on disk is unreadable; it is rebuilt", e);
      return Opening.CORRUPT;
    }
  }

  /** What {@link #open} found. */
  public Opening opening() {
    return opening;
  }

  /** Adds an item, or replaces it when its id is in the index already. */
  public void put(SearchDocument item) {
    try {
      writer.updateDocument(new Term(ID, item.id()), document(item));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds an item known not to be in the index (cheaper than {@link #put}: no earlier copy to find).
   * Safe to call from several threads at once.
   */
  public void add(SearchDocument item) {
    try {
      writer.addDocument(document(item));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes an item, if present. */
  public void remove(SearchType type, String key) {
    try {
      writer.deleteDocuments(new Term(ID, SearchDocument.id(type, key)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every item of a type, as before re-reading them all. */
  public void removeAll(SearchType type) {
    try {
      writer.deleteDocuments(new Term(TYPE, type.code()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every item of a plugin, as when it stops or before re-reading its items. */
  public void removePlugin(String pluginId) {
    try {
      writer.deleteDocuments(new Term(PLUGIN, pluginId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the changes so far visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes what changed since the last commit to disk, so a restart finds it there. */
  public void commit() {
    try {
      if (writer.hasUncommittedChanges()) {
        writer.commit();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The stamp of every item of a type that searches see, by key; an item without a stamp has
   * version -1. Reads doc values only, so 100,000 items take milliseconds.
   */
  public Map<String, Stamp> stamps(SearchType type) {
    String prefix = SearchDocument.id(type, "");
    Map<String, Stamp> stamps = new HashMap<>();
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          LeafReader reader = leaf.reader();
          Bits live = reader.getLiveDocs();
          SortedDocValues ids = DocValues.getSorted(reader, ID);
          NumericDocValues versions = DocValues.getNumeric(reader, ROW_VERSION);
          NumericDocValues updates = DocValues.getNumeric(reader, ROW_UPDATED);
          for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
            if (id.startsWith(prefix)) {
              long version = versions.advanceExact(doc) ? versions.longValue() : -1;
              long updated = updates.advanceExact(doc) ? updates.longValue() : -1;
              stamps.put(id.substring(prefix.length()), new Stamp(version, updated));
            }
          }
        }
        return stamps;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many items searches see (visible or scheduled). */
  public int size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A page of the visible items matching a request, best first, with snippets. The words are ranked
   * in the {@link VisibleView} of the moment: the index with only the visible items live.
   */
  public SearchResults search(SearchRequest request) {
    Query words = words(request);
    long now = request.now().toEpochMilli();
    try {
      IndexSearcher acquired = searchers.acquire();
      try {
        SearchTotals counted = totals(acquired);
        IndexSearcher searcher = view(acquired, counted.stretch(now), now).searcher();
        // never more hits kept than the index has documents
        long wanted = (long) request.offset() + request.limit();
        int kept = (int) Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
        TopDocs top =
            searcher.search(words, new TopScoreDocCollectorManager(kept, COUNTED_WHILE_RANKING));
        long total =
            top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                ? top.totalHits.value
                : counted.total(words, now, () -> count(searcher, words));
        ScoreDoc[] all = top.scoreDocs;
        if (request.offset() >= all.length) {
          return new SearchResults(List.of(), total);
        }
        int from = request.offset();
        int[] docs = new int[all.length - from];
        for (int i = from; i < all.length; i++) {
          docs[i - from] = all[i].doc;
        }
        return new SearchResults(hits(searcher, words, docs, request.english()), total);
      } finally {
        searchers.release(acquired);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The totals of the searcher's reader, made anew when the reader is new. */
  private SearchTotals totals(IndexSearcher searcher) throws IOException {
    SearchTotals current = totals;
    if (current == null || !current.isFor(searcher.getIndexReader())) {
      current = SearchTotals.of(searcher.getIndexReader());
      totals = current;
    }
    return current;
  }

  /** The visible view of the searcher's reader in a stretch, made anew for another one. */
  private VisibleView view(IndexSearcher searcher, int stretch, long now) throws IOException {
    VisibleView current = view;
    if (current == null || !current.isFor(searcher.getIndexReader(), stretch)) {
      current = VisibleView.of((DirectoryReader) searcher.getIndexReader(), stretch, now);
      view = current;
    }
    return current;
  }

  private static long count(IndexSearcher searcher, Query query) {
    try {
      return searcher.count(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The visitor's text over both languages, maybe of one type: what matches, visible or not. */
  private Query words(SearchRequest request) {
    String mine = request.english() ? SearchAnalysis.ENGLISH : SearchAnalysis.DUTCH;
    String other = request.english() ? SearchAnalysis.DUTCH : SearchAnalysis.ENGLISH;
    SimpleQueryParser parser =
        new SimpleQueryParser(
            analyzer,
            Map.of(
                TITLE + mine, 4f,
                TEXT + mine, 1.5f,
                TITLE + other, 3f,
                TEXT + other, 1f),
            OPERATORS);
    parser.setDefaultOperator(Occur.MUST);
    Query text =
        request.text().codePoints().anyMatch(Character::isLetterOrDigit)
            ? parser.parse(request.text())
            : new MatchNoDocsQuery("no word in the query");
    if (request.type() == null) {
      return text;
    }
    return new BooleanQuery.Builder()
        .add(text, Occur.MUST)
        .add(new TermQuery(new Term(TYPE, request.type().code())), Occur.FILTER)
        .build();
  }

  /**
   * The hits of a page with their snippets. Each document's stored fields are read (decompressed)
   * once and handed to the highlighter, which would otherwise read them a second time; only the
   * text fields a snippet can come from are highlighted: the Dutch text for a Dutch page, the
   * English text and the Dutch one (where an item has no English) for an English page. The
   * highlighter is given the visitor's words only: every hit is visible.
   */
  private List<SearchHit> hits(IndexSearcher searcher, Query words, int[] docs, boolean english)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> loaded = new HashMap<>();
    for (int doc : docs) {
      loaded.put(doc, stored.document(doc));
    }
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(
                    new DefaultPassageFormatter(
                        String.valueOf(Snippet.START), String.valueOf(Snippet.END), " … ", false))
                .withBreakIterator(
                    () ->
                        LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH, 0.5f))
                .withMaxLength(100_000)) {
          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator ids, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = ids.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = ids.nextDoc()) {
              Document document = loaded.get(doc);
              CharSequence[] row = new CharSequence[fields.length];
              for (int i = 0; i < fields.length; i++) {
                row[i] = document == null ? null : document.get(fields[i]);
              }
              values.add(row);
            }
            return values;
          }
        };
    String dutch = TEXT + SearchAnalysis.DUTCH;
    String englishText = TEXT + SearchAnalysis.ENGLISH;
    String[] fields = english ? new String[] {dutch, englishText} : new String[] {dutch};
    int[] passages = new int[fields.length];
    Arrays.fill(passages, SNIPPET_PASSAGES);
    Map<String, String[]> snippets = highlighter.highlightFields(fields, words, docs, passages);
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document doc = loaded.get(docs[i]);
      String titleEn = doc.get(TITLE + SearchAnalysis.ENGLISH);
      String snippetEn = english ? snippets.get(englishText)[i] : null;
      boolean showEnglish = english && (titleEn != null || snippetEn != null);
      String title =
          showEnglish && titleEn != null ? titleEn : doc.get(TITLE + SearchAnalysis.DUTCH);
      String snippet = showEnglish && snippetEn != null ? snippetEn : snippets.get(dutch)[i];
      String pluginType = doc.get(PLUGIN_TYPE);
      hits.add(
          new SearchHit(
              SearchType.of(doc.get(TYPE)).orElseThrow(),
              doc.get(KEY),
              title,
              showEnglish ? "en" : "nl",
              Snippet.parse(snippet),
              doc.get(LINK),
              pluginType,
              pluginType == null
                  ? null
                  : doc.get(
                      TYPE_LABEL + (english ? SearchAnalysis.ENGLISH : SearchAnalysis.DUTCH))));
    }
    return hits;
  }

  private static Document document(SearchDocument item) {
    Document doc = new Document();
    doc.add(new StringField(ID, item.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(ID, new BytesRef(item.id())));
    doc.add(new StringField(TYPE, item.type().code(), Field.Store.YES));
    doc.add(new StoredField(KEY, item.key()));
    doc.add(new Field(TITLE + SearchAnalysis.DUTCH, item.titleNl(), FULL_TEXT));
    doc.add(new Field(TEXT + SearchAnalysis.DUTCH, item.textNl(), FULL_TEXT));
    if (item.titleEn() != null) {
      doc.add(new Field(TITLE + SearchAnalysis.ENGLISH, item.titleEn(), FULL_TEXT));
    }
    if (item.textEn() != null) {
      doc.add(new Field(TEXT + SearchAnalysis.ENGLISH, item.textEn(), FULL_TEXT));
    }
    if (item.link() != null) {
      doc.add(new StoredField(LINK, item.link()));
    }
    doc.add(
        new LongField(
            VISIBLE_FROM,
            item.visibleFrom() == null ? Long.MIN_VALUE : item.visibleFrom().toEpochMilli(),
            Field.Store.NO));
    doc.add(
        new LongField(
            VISIBLE_UNTIL,
            item.visibleUntil() == null ? Long.MAX_VALUE : item.visibleUntil().toEpochMilli(),
            Field.Store.NO));
    if (item.pluginType() != null) {
      doc.add(new StringField(PLUGIN, item.pluginType().pluginId(), Field.Store.NO));
      doc.add(new StoredField(PLUGIN_TYPE, item.pluginType().contentType()));
      doc.add(new StoredField(TYPE_LABEL + SearchAnalysis.DUTCH, item.pluginType().labelNl()));
      doc.add(new StoredField(TYPE_LABEL + SearchAnalysis.ENGLISH, item.pluginType().labelEn()));
    }
    if (item.stamp() != null) {
      doc.add(new NumericDocValuesField(ROW_VERSION, item.stamp().version()));
      doc.add(new NumericDocValuesField(ROW_UPDATED, item.stamp().updated()));
    }
    return doc;
  }

  private static FieldType fullText() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      try {
        writer.close();
      } finally {
        directory.close();
      }
    }
  }
}
