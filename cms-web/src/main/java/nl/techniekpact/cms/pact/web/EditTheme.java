package nl.techniekpact.cms.pact.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.techniekpact.cms.pact.editing.ThemeInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.ItemEditing;
import nl.techniekpact.cms.publishing.revision.FieldChange;

/**
 * Creates and edits one theme of a pact edition ({@code
 * /beheer/pacts/theme.xhtml?name=techniekpact/1}, or {@code ?pact=techniekpact} for a new one): its
 * number, title and text, save, remove (refused while goals are grouped under it), revisions and
 * conflicts ({@link nl.techniekpact.cms.publishing.web.ItemEditScreen}); every rule is {@link
 * nl.techniekpact.cms.pact.editing.PactEditing}'s.
 */
@Named
@ViewScoped
public class EditTheme extends EditionItemScreen<ThemeInput> {

  private static final long serialVersionUID = 1L;

  private ThemeForm form = new ThemeForm();

  @Override
  protected ItemEditing<?, ThemeInput, EditedItem<ThemeInput>> editing() {
    return pacts().themes();
  }

  @Override
  protected void fill(ThemeInput content) {
    form = ThemeForm.of(content);
  }

  @Override
  protected ThemeInput input(boolean existing) {
    return form.toInput();
  }

  @Override
  protected List<FieldChange> differencesTo(ThemeInput theirs) {
    return form.differencesTo(theirs);
  }

  @Override
  protected String formId() {
    return "theme";
  }

  @Override
  protected String fieldKeys() {
    return "theme.field.";
  }

  @Override
  protected String page() {
    return "theme";
  }

  @Override
  protected EditionItemForm form() {
    return form;
  }

  public ThemeForm getForm() {
    return form;
  }
}
