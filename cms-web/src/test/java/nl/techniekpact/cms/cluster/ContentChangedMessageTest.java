package nl.techniekpact.cms.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.plugin.api.ContentEvent;
import org.junit.jupiter.api.Test;

class ContentChangedMessageTest {

  @Test
  void aChangeTravelsBetweenNodesUnchanged() {
    ContentChanged change =
        new ContentChanged(
            ContentEvent.CASE_STUDY,
            "de-maakotheek",
            ContentEvent.Kind.UPDATED,
            Set.of("noord-nederland", "oost-nederland"),
            Instant.parse("2026-11-28T09:15:30.123Z"));

    assertThat(ContentChangedMessage.decode(ContentChangedMessage.encode(change)))
        .isEqualTo(change);
  }

  @Test
  void aChangeOfManyItemsWithoutRegionsTravelsToo() {
    ContentChanged change =
        ContentChanged.of("internship-place", ContentChanged.ALL, ContentEvent.Kind.DELETED);

    assertThat(ContentChangedMessage.decode(ContentChangedMessage.encode(change)))
        .isEqualTo(change);
  }

  @Test
  void somethingElseIsRefusedWithTheMessageNamed() {
    assertThatThrownBy(() -> ContentChangedMessage.decode("{\"type\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a content change message");
    assertThatThrownBy(() -> ContentChangedMessage.decode("not json"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ContentChangedMessage.decode(
                    "{\"type\":\"x\",\"slug\":\"y\",\"kind\":\"EXPLODED\",\"regions\":[],"
                        + "\"at\":\"2026-11-28T09:15:30Z\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
