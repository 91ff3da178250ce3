package nl.techniekpact.cms.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.techniekpact.cms.security.Roles;
import org.junit.jupiter.api.Test;

class ContentRightsTest {

  private static final Set<String> NOORD = Set.of("noord");
  private static final Set<String> ZUID = Set.of("zuid-nederland");
  private static final Set<String> NATIONAL = Set.of();

  private static final Editor ADMIN = new Editor("a", Set.of(Roles.ADMINISTRATOR), Set.of());
  private static final Editor NATIONAL_EDITOR =
      new Editor("n", Set.of(Roles.NATIONAL_EDITOR), Set.of());
  private static final Editor REGIONAL = new Editor("r", Set.of(Roles.REGIONAL_EDITOR), NOORD);
  private static final Editor PLUGIN_ADMIN = new Editor("p", Set.of(Roles.PLUGIN_ADMIN), Set.of());

  @Test
  void administratorsAndNationalEditorsEditEverything() {
    for (Editor editor : new Editor[] {ADMIN, NATIONAL_EDITOR}) {
      ContentRights.requireMayEdit(editor, NOORD, ZUID);
      ContentRights.requireMayEdit(editor, NATIONAL, NATIONAL);
      assertThat(ContentRights.mayEditAll(editor)).isTrue();
    }
  }

  @Test
  void aRegionalEditorEditsContentThatStaysInTheirRegion() {
    ContentRights.requireMayEdit(REGIONAL, NOORD, NOORD);
    assertThat(ContentRights.mayEditAll(REGIONAL)).isFalse();
  }

  @Test
  void aRegionalEditorCannotReachAnotherRegionsContent() {
    assertThatThrownBy(() -> ContentRights.requireMayEdit(REGIONAL, ZUID, ZUID))
        .isInstanceOf(EditRefusedException.class)
        .hasMessageContaining("zuid-nederland");
  }

  @Test
  void aRegionalEditorCannotMoveContentOutOfTheirRegionNorTakeItIn() {
    assertThatThrownBy(() -> ContentRights.requireMayEdit(REGIONAL, NOORD, ZUID))
        .isInstanceOf(EditRefusedException.class);
    assertThatThrownBy(() -> ContentRights.requireMayEdit(REGIONAL, ZUID, NOORD))
        .isInstanceOf(EditRefusedException.class);
  }

  @Test
  void aRegionalEditorCannotEditNationalContent() {
    assertThatThrownBy(() -> ContentRights.requireMayEdit(REGIONAL, NATIONAL, NATIONAL))
        .isInstanceOf(EditRefusedException.class)
        .hasMessageContaining("national");
    assertThatThrownBy(() -> ContentRights.requireMayEdit(REGIONAL, NOORD, NATIONAL))
        .isInstanceOf(EditRefusedException.class);
  }

  @Test
  void aPluginAdminOrAnAccountWithoutRolesEditsNoContent() {
    for (Editor editor :
        new Editor[] {
          PLUGIN_ADMIN, new Editor("x", Set.of(), Set.of("noord")), regionalEditorWithoutRegions()
        }) {
      assertThatThrownBy(() -> ContentRights.requireMayEdit(editor, NOORD, NOORD))
          .isInstanceOf(EditRefusedException.class);
    }
    assertThat(ContentRights.mayEditContent(PLUGIN_ADMIN)).isFalse();
  }

  private static Editor regionalEditorWithoutRegions() {
    // a regional editor whose regions were all taken away
    return new Editor("rn", Set.of(Roles.REGIONAL_EDITOR), Set.of());
  }

  @Test
  void aRegionalEditorWithSeveralRegionsEditsEachOfThem() {
    Editor both = new Editor("b", Set.of(Roles.REGIONAL_EDITOR), Set.of("noord", "zuid-nederland"));

    ContentRights.requireMayEdit(both, NOORD, ZUID);
  }
}
