package nl.techniekpact.cms.backoffice.presence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import nl.techniekpact.cms.backoffice.presence.PresenceBook.Editor;
import nl.techniekpact.cms.backoffice.presence.PresenceBook.Opened;
import nl.techniekpact.cms.testing.MovingClock;
import org.junit.jupiter.api.Test;

class PresenceBookTest {

  private static final String CASE = "case/zonnepanelen";
  private static final Instant NINE = Instant.parse("2026-11-29T08:00:00Z");

  private final ConcurrentHashMap<String, String> entries = new ConcurrentHashMap<>();
  private final MovingClock clock = new MovingClock(NINE);
  private final PresenceBook book = new PresenceBook(entries, clock, Duration.ofMinutes(30));

  @Test
  void anEditorSeesTheOthersWithTheSameFormOpenButNotThemselvesNorOtherItems() {
    book.opened(CASE, "eva", "Eva Editor", "s1");
    later(1);
    book.opened("case/windmolens", "rita", "Rita Regio", "s2");
    later(1);

    Opened bram = book.opened(CASE, "bram", "Bram Tweede", "s3");

    assertThat(bram.item()).isEqualTo(CASE);
    assertThat(bram.others()).containsExactly(new Editor("Eva Editor", NINE));
    assertThat(book.opened(CASE, "eva", "Eva Editor", "s1").others())
        .as("Eva, opening it again, sees Bram and not herself")
        .containsExactly(new Editor("Bram Tweede", NINE.plusSeconds(120)));
  }

  @Test
  void openingTheFormAgainKeepsWhenTheEditorFirstOpenedIt() {
    book.opened(CASE, "eva", "Eva Editor", "s1");
    later(10);
    book.opened(CASE, "eva", "Eva Editor", "s1");

    assertThat(book.opened(CASE, "bram", "Bram", "s3").others())
        .containsExactly(new Editor("Eva Editor", NINE));
  }

  @Test
  void leavingAViewRemovesTheEntryOnlyWhileItStillNamesThatView() {
    Opened first = book.opened(CASE, "eva", "Eva Editor", "s1");
    Opened second = book.opened(CASE, "eva", "Eva Editor", "s1");

    book.left(CASE, "eva", first.id());
    assertThat(book.opened(CASE, "bram", "Bram", "s3").others())
        .as("the beacon of the page before the save arrived after the next page")
        .hasSize(1);

    book.left(CASE, "bram", second.id());
    assertThat(book.opened(CASE, "bram", "Bram", "s3").others())
        .as("only the editor's own entry")
        .hasSize(1);

    book.left(CASE, "eva", second.id());
    assertThat(book.opened(CASE, "bram", "Bram", "s3").others()).isEmpty();
  }

  @Test
  void theEditorsOfAnEndedSessionAreGone() {
    book.opened(CASE, "eva", "Eva Editor", "s1");
    book.opened("case/windmolens", "eva", "Eva Editor", "s1");
    book.opened(CASE, "rita", "Rita Regio", "s2");

    book.sessionEnded("s1");

    assertThat(book.opened(CASE, "bram", "Bram", "s3").others())
        .extracting(Editor::name)
        .containsExactly("Rita Regio");
    assertThat(entries.keySet()).noneMatch(key -> key.endsWith("\neva"));
  }

  @Test
  void anEntryNotRenewedWithinTheTimeoutIsForgotten() {
    book.opened(CASE, "eva", "Eva Editor", "s1");
    later(29);
    book.opened("case/windmolens", "rita", "Rita Regio", "s2");
    assertThat(book.opened(CASE, "bram", "Bram", "s3").others()).hasSize(1);

    later(2);

    assertThat(book.opened(CASE, "bram", "Bram", "s3").others()).isEmpty();
    assertThat(entries).hasSize(2).noneSatisfy((key, value) -> assertThat(key).endsWith("\neva"));
  }

  @Test
  void aNameCannotBreakTheEntryAndAnUnreadableEntryIsIgnored() {
    book.opened(CASE, "eva", "Eva\tEditor\nx", "s1");
    entries.put(CASE + "\nold", "not an entry of this version");

    assertThat(book.opened(CASE, "bram", "Bram", "s3").others())
        .extracting(Editor::name)
        .containsExactly("Eva Editor x");
  }

  private void later(int minutes) {
    clock.advance(Duration.ofMinutes(minutes));
  }
}
