package nl.techniekpact.cms.publishing.revision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

  @Test
  void nestedTextsAreComparedPerLanguageAndListsAsAWhole() {
    String older =
        "{\"content\":{\"title\":{\"nl\":\"Oud\",\"en\":\"Old\"},\"goals\":[1,2]},"
            + "\"publication\":{\"status\":\"DRAFT\"}}";
    String newer =
        "{\"content\":{\"title\":{\"nl\":\"Nieuw\",\"en\":\"Old\"},\"goals\":[1]},"
            + "\"publication\":{\"status\":\"PUBLISHED\",\"at\":\"2026-11-28T10:00:00Z\"}}";

    assertThat(SnapshotDiff.compare(older, newer))
        .containsExactly(
            new FieldChange("content.goals", "[1,2]", "[1]"),
            new FieldChange("content.title.nl", "\"Oud\"", "\"Nieuw\""),
            new FieldChange("publication.at", null, "\"2026-11-28T10:00:00Z\""),
            new FieldChange("publication.status", "\"DRAFT\"", "\"PUBLISHED\""));
  }

  @Test
  void equalSnapshotsHaveNoChanges() {
    String same = "{\"content\":{\"slug\":\"x\",\"subtitle\":null}}";

    assertThat(SnapshotDiff.compare(same, "{\"content\":{\"slug\":\"x\"}}")).isEmpty();
  }
}
