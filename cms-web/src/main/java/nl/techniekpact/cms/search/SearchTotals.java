package nl.techniekpact.cms.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;

/**
 * The exact totals of searches, kept for one index reader. The same words (and type) match the same
 * visible items until the index changes, which gives a new reader and new totals, or until a moment
 * passes at which an item of the index becomes visible or stops being visible: between two such
 * moments every item is visible or not alike, so a total counted once holds until the next one.
 * Ranking a page needs no total, so a search counts its matches only when no total is kept.
 */
final class SearchTotals {

  /** At most this many totals are kept per reader; then they are forgotten and counted again. */
  static final int MAX_KEPT = 1024;

  private final IndexReader.CacheKey reader;
  private final long[] moments;
  private final Map<Query, Counted> totals = new ConcurrentHashMap<>();

  /** A total and the stretch between moments it holds for. */
  private record Counted(int stretch, long total) {}

  private SearchTotals(IndexReader.CacheKey reader, long[] moments) {
    this.reader = reader;
    this.moments = moments;
  }

  /**
   * Empty totals for a reader, with every moment at which one of its items becomes visible or stops
   * being visible (read from doc values: milliseconds for 100,000 items).
   */
  static SearchTotals of(IndexReader reader) throws IOException {
    long[] all = new long[Math.max(16, reader.maxDoc() * 2)];
    int n = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      for (String field : new String[] {SearchIndex.VISIBLE_FROM, SearchIndex.VISIBLE_UNTIL}) {
        SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), field);
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          for (int i = 0; i < values.docValueCount(); i++) {
            long moment = values.nextValue();
            if (moment != Long.MIN_VALUE && moment != Long.MAX_VALUE) {
              if (n == all.length) {
                all = Arrays.copyOf(all, n * 2);
              }
              all[n++] = moment;
            }
          }
        }
      }
    }
    return new SearchTotals(
        reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey(),
        Arrays.stream(all, 0, n).sorted().distinct().toArray());
  }

  /** Whether these are the totals of a reader. */
  boolean isFor(IndexReader other) {
    return reader != null
        && other.getReaderCacheHelper() != null
        && other.getReaderCacheHelper().getKey() == reader;
  }

  /**
   * The total of the visible items that the words match at a moment: kept, or counted now.
   *
   * @param words the query without the visibility filter (the same words and type give an equal
   *     query)
   * @param now the moment in milliseconds
   * @param count counts the visible matches at that moment
   */
  long total(Query words, long now, LongSupplier count) {
    int stretch = stretch(now);
    Counted kept = totals.get(words);
    if (kept != null && kept.stretch() == stretch) {
      return kept.total();
    }
    long total = count.getAsLong();
    if (totals.size() >= MAX_KEPT) {
      totals.clear();
    }
    totals.put(words, new Counted(stretch, total));
    return total;
  }

  /**
   * Which stretch between moments a moment falls in: how many moments are at or before it. An item
   * is visible from its start on and no longer at its end, so nothing changes within a stretch.
   */
  int stretch(long now) {
    int i = Arrays.binarySearch(moments, now);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
