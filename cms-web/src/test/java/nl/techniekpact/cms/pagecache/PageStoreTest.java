package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageStoreTest {

  private static CachedPage page(int bytes) {
    return CachedPage.kept(new byte[bytes], Map.of(), "\"t\"", Instant.EPOCH);
  }

  @Test
  void keepsAndReturnsAPageRenderedInTheCurrentGeneration() {
    PageStore store = new PageStore(10, 1_000_000);
    CachedPage page = page(100);

    assertThat(store.put("a", page, 0)).isTrue();

    assertThat(store.get("a", 0)).containsSame(page);
  }

  @Test
  void refusesAPageRenderedBeforeTheContentChanged() {
    PageStore store = new PageStore(10, 1_000_000);

    store.moveTo(1);

    assertThat(store.put("a", page(100), 0)).isFalse();
    assertThat(store.get("a", 1)).isEmpty();
  }

  @Test
  void movingToALaterGenerationForgetsEveryPage() {
    PageStore store = new PageStore(10, 1_000_000);
    store.put("a", page(100), 0);
    store.put("b", page(100), 0);

    store.moveTo(3);

    assertThat(store.size()).isZero();
    assertThat(store.bytes()).isZero();
    assertThat(store.get("a", 3)).isEmpty();
  }

  @Test
  void aPageIsFoundOnlyInTheGenerationItWasKeptIn() {
    PageStore store = new PageStore(10, 1_000_000);
    store.moveTo(2);
    store.put("a", page(100), 2);

    store.moveTo(1);

    assertThat(store.get("a", 2)).isPresent();
    assertThat(store.get("a", 1)).isEmpty();
    assertThat(store.get("a", 3)).isEmpty();
  }

  @Test
  void dropsTheLeastRecentlyUsedPageBeyondTheEntryLimit() {
    PageStore store = new PageStore(2, 1_000_000);
    store.put("a", page(10), 0);
    store.put("b", page(10), 0);
    store.get("a", 0);

    store.put("c", page(10), 0);

    assertThat(store.get("b", 0)).isEmpty();
    assertThat(store.get("a", 0)).isPresent();
    assertThat(store.get("c", 0)).isPresent();
  }

  @Test
  void staysWithinTheByteLimitAndRefusesAPageLargerThanIt() {
    PageStore store = new PageStore(100, 3_000);
    store.put("a", page(1_000), 0);
    store.put("b", page(1_000), 0);

    store.put("c", page(1_000), 0);

    assertThat(store.bytes()).isLessThanOrEqualTo(3_000);
    assertThat(store.get("a", 0)).isEmpty();
    assertThat(store.put("huge", page(5_000), 0)).isFalse();
  }

  @Test
  void replacingAPageCountsItsBytesOnce() {
    PageStore store = new PageStore(10, 1_000_000);
    store.put("a", page(1_000), 0);
    store.put("a", page(2_000), 0);

    assertThat(store.size()).isEqualTo(1);
    assertThat(store.bytes()).isEqualTo(page(2_000).weight());
  }

  @Test
  void needsRoomForAPage() {
    assertThatThrownBy(() -> new PageStore(0, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
