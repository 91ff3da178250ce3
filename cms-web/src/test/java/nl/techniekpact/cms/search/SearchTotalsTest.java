package nl.techniekpact.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Searches matching more items than are counted while ranking take their total from the kept
 * totals: exact, and never stale after a change of the index or a scheduled start or end.
 */
class SearchTotalsTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private static final int MANY = SearchIndex.COUNTED_WHILE_RANKING + 200;
  private static final Instant START = NOW.plus(Duration.ofMinutes(5));
  private static final Instant END = NOW.plus(Duration.ofMinutes(10));

  private SearchIndex index;

  @BeforeEach
  void fill() throws IOException {
    index = SearchIndex.create(new ByteBuffersDirectory());
    for (int i = 0; i < MANY; i++) {
      index.add(item(SearchType.CASE, "case-" + i, null, null));
    }
    index.add(item(SearchType.REGION, "regio", null, null));
    index.add(item(SearchType.CASE, "gepland", START, null));
    index.add(item(SearchType.CASE, "eindigt", null, END));
    index.refresh();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static SearchDocument item(SearchType type, String key, Instant from, Instant until) {
    return new SearchDocument(
        type,
        key,
        "Techniek " + key,
        null,
        "Een school en een bedrijf werken samen aan techniek.",
        null,
        "/" + key,
        from,
        until,
        null);
  }

  private long total(String text, SearchType type, Instant at) {
    return index.search(new SearchRequest(text, type, false, 0, 20, at)).total();
  }

  @Test
  void aCommonWordIsCountedExactlyAndAgainTheSame() {
    assertThat(total("techniek", null, NOW)).isEqualTo(MANY + 2);
    assertThat(total("techniek", null, NOW.plusSeconds(1))).isEqualTo(MANY + 2);
    assertThat(total("techniek", SearchType.CASE, NOW)).isEqualTo(MANY + 1);
    assertThat(total("techniek", SearchType.REGION, NOW)).isEqualTo(1);
    assertThat(total("school techniek", null, NOW)).isEqualTo(MANY + 2);
    assertThat(index.search(new SearchRequest("techniek", null, false, 0, 20, NOW)).hits())
        .hasSize(20);
  }

  @Test
  void theTotalFollowsAScheduledStartAndEndToTheMillisecond() {
    assertThat(total("techniek", null, NOW)).isEqualTo(MANY + 2);
    assertThat(total("techniek", null, START.minusMillis(1))).isEqualTo(MANY + 2);
    assertThat(total("techniek", null, START)).isEqualTo(MANY + 3);
    assertThat(total("techniek", null, END.minusMillis(1))).isEqualTo(MANY + 3);
    assertThat(total("techniek", null, END)).isEqualTo(MANY + 2);
    // and back to an earlier moment
    assertThat(total("techniek", null, NOW)).isEqualTo(MANY + 2);
  }

  @Test
  void theTotalFollowsAnItemAddedOrRemovedAtTheRefresh() {
    assertThat(total("techniek", null, NOW)).isEqualTo(MANY + 2);

    index.put(item(SearchType.CASE, "nieuw", null, null));
    assertThat(total("techniek", null, NOW)).as("not yet refreshed").isEqualTo(MANY + 2);
    index.refresh();
    assertThat(total("techniek", null, NOW)).isEqualTo(MANY + 3);

    index.remove(SearchType.CASE, "case-1");
    index.remove(SearchType.CASE, "case-2");
    index.refresh();
    assertThat(total("techniek", null, NOW)).isEqualTo(MANY + 1);
    assertThat(total("techniek", SearchType.CASE, NOW)).isEqualTo(MANY);
  }

  @Test
  void aRareWordIsCountedWhileRanking() {
    index.put(item(SearchType.CASE, "zeldzaam", null, null));
    index.refresh();

    assertThat(total("zeldzaam", null, NOW)).isEqualTo(1);
    assertThat(total("bestaatniet", null, NOW)).isZero();
  }
}
