package nl.techniekpact.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The index as visitors see it during one stretch between moments ({@link SearchTotals}): a reader
 * over the same segments whose live documents are only the items visible in that stretch, so a
 * search ranks the visitor's words alone instead of a conjunction of the words with two range
 * filters evaluated per request. Lucene then ranks a plain disjunction of terms with its max-score
 * scorer, which skips what cannot reach the page, and honours the live documents as it does
 * deletions.
 *
 * <p>Within a stretch no item becomes visible or stops being visible, so the view built at one
 * moment of it holds for every other. A view is only used while its index reader is acquired.
 */
final class VisibleView {

  private final IndexReader.CacheKey reader;
  private final int stretch;
  private final IndexSearcher searcher;

  private VisibleView(IndexReader.CacheKey reader, int stretch, IndexSearcher searcher) {
    this.reader = reader;
    this.stretch = stretch;
    this.searcher = searcher;
  }

  /**
   * The view of a reader at a moment (read from doc values: milliseconds for 100,000 items).
   *
   * @param reader the index reader, acquired for as long as the view is used
   * @param stretch the stretch the moment falls in ({@link SearchTotals#stretch})
   * @param now the moment in milliseconds
   */
  static VisibleView of(DirectoryReader reader, int stretch, long now) throws IOException {
    IndexSearcher searcher = new IndexSearcher(new Visible(reader, now));
    // the wrapped readers have no cache key, so nothing could be cached for them anyway
    searcher.setQueryCache(null);
    return new VisibleView(key(reader), stretch, searcher);
  }

  /** Whether this is the view of a reader during a stretch. */
  boolean isFor(IndexReader other, int otherStretch) {
    return reader != null && key(other) == reader && stretch == otherStretch;
  }

  /** A searcher that sees only the visible items; same document numbers as the reader's. */
  IndexSearcher searcher() {
    return searcher;
  }

  private static IndexReader.CacheKey key(IndexReader reader) {
    return reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
  }

  /** The reader with only visible items live. */
  private static final class Visible extends FilterDirectoryReader {

    Visible(DirectoryReader in, long now) throws IOException {
      super(in, new OnlyVisible(now));
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) {
      throw new UnsupportedOperationException("a visible view is made anew for a new reader");
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  private static final class OnlyVisible extends FilterDirectoryReader.SubReaderWrapper {

    private final long now;

    OnlyVisible(long now) {
      this.now = now;
    }

    @Override
    public LeafReader wrap(LeafReader reader) {
      try {
        return visible(reader, now);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A segment with only the items live that are live and visible at a moment. */
  static LeafReader visible(LeafReader reader, long now) throws IOException {
    int max = reader.maxDoc();
    FixedBitSet started = moments(reader, SearchIndex.VISIBLE_FROM, max, from -> from <= now);
    FixedBitSet notEnded = moments(reader, SearchIndex.VISIBLE_UNTIL, max, until -> until > now);
    started.and(notEnded);
    Bits live = reader.getLiveDocs();
    if (live != null) {
      for (int doc = started.nextSetBit(0);
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = doc + 1 < max ? started.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        if (!live.get(doc)) {
          started.clear(doc);
        }
      }
    }
    int count = started.cardinality();
    Bits visible = count == reader.numDocs() ? live : started;
    return new FilterLeafReader(reader) {
      @Override
      public Bits getLiveDocs() {
        return visible;
      }

      // also what hasDeletions() and the count shortcuts (docFreq) go by
      @Override
      public int numDocs() {
        return count;
      }

      @Override
      public CacheHelper getCoreCacheHelper() {
        return null;
      }

      @Override
      public CacheHelper getReaderCacheHelper() {
        return null;
      }
    };
  }

  private interface Test {
    boolean holds(long moment);
  }

  /** The documents with a value of a moment field that passes a test. */
  private static FixedBitSet moments(LeafReader reader, String field, int max, Test test)
      throws IOException {
    FixedBitSet bits = new FixedBitSet(max);
    SortedNumericDocValues values = DocValues.getSortedNumeric(reader, field);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      // one value per item
      if (values.docValueCount() > 0 && test.holds(values.nextValue())) {
        bits.set(doc);
      }
    }
    return bits;
  }
}
