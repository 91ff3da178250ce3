package nl.techniekpact.cms.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanged;
import nl.techniekpact.cms.publishing.ContentChanged;
import nl.techniekpact.plugin.api.ContentEvent;
import org.junit.jupiter.api.Test;

class ChangeMessagesTest {

  @Test
  void aChangeTravelsBetweenNodesUnchanged() {
    ContentChanged change =
        new ContentChanged(
            ContentEvent.CASE_STUDY,
            "de-maakotheek",
            ContentEvent.Kind.UPDATED,
            Set.of("noord-nederland", "oost-nederland"),
            Instant.parse("2026-11-28T09:15:30.123Z"));

    assertThat(ChangeMessages.decodeContent(ChangeMessages.encode(change))).isEqualTo(change);
  }

  @Test
  void aChangeOfManyItemsWithoutRegionsTravelsToo() {
    ContentChanged change =
        ContentChanged.of("internship-place", ContentChanged.ALL, ContentEvent.Kind.DELETED);

    assertThat(ChangeMessages.decodeContent(ChangeMessages.encode(change))).isEqualTo(change);
  }

  @Test
  void somethingElseIsRefusedWithTheMessageNamed() {
    assertThatThrownBy(() -> ChangeMessages.decodeContent("{\"type\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a content change message");
    assertThatThrownBy(() -> ChangeMessages.decodeContent("not json"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ChangeMessages.decodeContent(
                    "{\"type\":\"x\",\"slug\":\"y\",\"kind\":\"EXPLODED\",\"regions\":[],"
                        + "\"at\":\"2026-11-28T09:15:30Z\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPluginSettingChangeTravelsBetweenNodesUnchanged() {
    PluginSettingChanged change = new PluginSettingChanged("example-internships", "contact");

    assertThat(ChangeMessages.decodeSetting(ChangeMessages.encode(change))).isEqualTo(change);
  }

  @Test
  void aContentChangeIsNotTakenForASettingChangeNorTheOtherWayRound() {
    String content =
        ChangeMessages.encode(ContentChanged.of("region", "noord", ContentEvent.Kind.UPDATED));
    String setting = ChangeMessages.encode(new PluginSettingChanged("p", "k"));

    assertThatThrownBy(() -> ChangeMessages.decodeSetting(content))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a plugin setting change message");
    assertThatThrownBy(() -> ChangeMessages.decodeContent(setting))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a content change message");
  }
}
