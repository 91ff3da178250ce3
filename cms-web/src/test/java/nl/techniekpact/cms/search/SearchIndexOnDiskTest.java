package nl.techniekpact.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import nl.techniekpact.cms.search.SearchDocument.Stamp;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index kept in a directory across restarts: kept, replaced when of another format or damaged.
 */
class SearchIndexOnDiskTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

  @TempDir Path dir;

  @Test
  void anEmptyDirectoryGivesANewIndex() throws Exception {
    try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
      assertThat(index.opening()).isEqualTo(SearchIndex.Opening.NEW);
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void aClosedIndexIsKeptWithItsItemsAndTheirStamps() throws Exception {
    try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
      index.put(item("gemaal", "Het gemaal", new Stamp(3, 1000)));
      index.put(item("molen", "De molen", new Stamp(1, 2000)));
      index.put(goal());
    }

    try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
      assertThat(index.opening()).isEqualTo(SearchIndex.Opening.KEPT);
      assertThat(index.size()).isEqualTo(3);
      assertThat(index.stamps(SearchType.CASE))
          .isEqualTo(Map.of("gemaal", new Stamp(3, 1000), "molen", new Stamp(1, 2000)));
      assertThat(index.stamps(SearchType.GOAL)).isEqualTo(Map.of("9", new Stamp(-1, -1)));
      assertThat(keys(index, "gemaal")).containsExactly("gemaal");
    }
  }

  @Test
  void stampsFollowReplacementsAndRemovals() throws Exception {
    try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
      index.put(item("gemaal", "Het gemaal", new Stamp(3, 1000)));
      index.put(item("molen", "De molen", new Stamp(1, 2000)));
      index.put(item("gemaal", "Het nieuwe gemaal", new Stamp(4, 3000)));
      index.remove(SearchType.CASE, "molen");
      index.refresh();

      assertThat(index.stamps(SearchType.CASE)).isEqualTo(Map.of("gemaal", new Stamp(4, 3000)));
    }
  }

  @Test
  void anIndexOfAnotherFormatIsReplacedByAnEmptyOne() throws Exception {
    try (IndexWriter older =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new TextField("text", "een document van vroeger", Field.Store.YES));
      older.addDocument(doc);
      older.setLiveCommitData(Map.of(SearchIndex.FORMAT_KEY, "1").entrySet());
    }

    try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
      assertThat(index.opening()).isEqualTo(SearchIndex.Opening.OTHER_FORMAT);
      assertThat(index.size()).isZero();
      index.put(item("gemaal", "Het gemaal", new Stamp(1, 1)));
    }
    try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
      assertThat(index.opening()).isEqualTo(SearchIndex.Opening.KEPT);
      assertThat(index.size()).isEqualTo(1);
    }
  }

  @Test
  void aDamagedIndexIsReplacedByAnEmptyOne() throws Exception {
    try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
      for (int i = 0; i < 50; i++) {
        index.put(item("case-" + i, "Een gemaal met nummer " + i, new Stamp(1, i)));
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      Path largest =
          files
              .filter(p -> !p.getFileName().toString().endsWith(".lock"))
              .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
              .orElseThrow();
      try (FileChannel channel = FileChannel.open(largest, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4}), Files.size(largest) / 2);
      }
    }

    try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
      assertThat(index.opening()).isEqualTo(SearchIndex.Opening.CORRUPT);
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void anItemIsFoundOnlyUntilItsPublicationEnds() throws Exception {
    try (SearchIndex index = SearchIndex.open(FSDirectory.open(dir))) {
      index.put(
          new SearchDocument(
              SearchType.CASE,
              "gemaal",
              "Het gemaal",
              null,
              "",
              null,
              "/cases/gemaal",
              null,
              NOW.plus(Duration.ofMinutes(1)),
              null));
      index.refresh();

      assertThat(keys(index, "gemaal", NOW)).containsExactly("gemaal");
      assertThat(keys(index, "gemaal", NOW.plus(Duration.ofMinutes(1)))).isEmpty();
    }
  }

  private static SearchDocument item(String key, String title, Stamp stamp) {
    return new SearchDocument(
        SearchType.CASE, key, title, null, "", null, "/cases/" + key, null, null, stamp);
  }

  private static SearchDocument goal() {
    return new SearchDocument(
        SearchType.GOAL, "9", "Doel negen", null, "", null, "/doelen/9", null);
  }

  private static java.util.List<String> keys(SearchIndex index, String text) {
    return keys(index, text, NOW);
  }

  private static java.util.List<String> keys(SearchIndex index, String text, Instant now) {
    index.refresh();
    return index.search(new SearchRequest(text, null, false, 0, 20, now)).hits().stream()
        .map(SearchHit::key)
        .toList();
  }
}
