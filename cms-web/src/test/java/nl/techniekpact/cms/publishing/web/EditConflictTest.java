package nl.techniekpact.cms.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditConflictTest {

  private final EditConflict<String> conflict = new EditConflict<>();

  @Test
  void aSaveIsCheckedAgainstTheShownVersionUnlessChangesWereTypedOnAnOlderOne() {
    assertThat(conflict.checkedAgainst(7)).isEqualTo(7);

    conflict.setTypedOn(5L);

    assertThat(conflict.checkedAgainst(7)).isEqualTo(5);
  }

  @Test
  void aVersionThatIsNotOlderThanTheShownOneChangesNothing() {
    for (Long forged : new Long[] {7L, 8L, 0L, -3L, null}) {
      conflict.setTypedOn(forged);
      assertThat(conflict.checkedAgainst(7)).as("typed on %s", forged).isEqualTo(7);
    }
  }

  @Test
  void theOlderVersionStaysUntilTheEditorTakesTheirsOrKeepsTheForm() {
    conflict.setTypedOn(5L);
    conflict.found("theirs", List.of());

    assertThat(conflict.checkedAgainst(7)).as("saving again meets the conflict again").isEqualTo(5);

    conflict.clear();

    assertThat(conflict.getTypedOn()).isNull();
    assertThat(conflict.checkedAgainst(7)).isEqualTo(7);
  }
}
