package nl.techniekpact.cms.pact.web;

import java.util.List;
import nl.techniekpact.cms.pact.editing.ThemeInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.web.ItemEditScreen;

/** The theme form's fields, as the screen binds them. */
public class ThemeForm extends EditionItemForm {

  private static final long serialVersionUID = 1L;

  static ThemeForm of(ThemeInput input) {
    ThemeForm form = new ThemeForm();
    form.fill(input.pact(), input.number(), input.title(), input.description());
    return form;
  }

  ThemeInput toInput() {
    return new ThemeInput(getPact(), getNumber(), title(), description());
  }

  List<FieldChange> differencesTo(ThemeInput other) {
    return ItemEditScreen.differences(textDifferences(of(other)));
  }
}
