package nl.techniekpact.cms.pact.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.techniekpact.cms.pact.editing.GoalInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.ItemEditing;
import nl.techniekpact.cms.publishing.revision.FieldChange;

/**
 * Creates and edits one goal of a pact edition ({@code
 * /beheer/pacts/goal.xhtml?name=techniekpact/4}, or {@code ?pact=techniekpact} for a new one): its
 * number (fixed once created, unique in the edition), title and text in Dutch and English, theme
 * and education levels, save, remove (refused while cases or ambassadors link to it), revisions and
 * conflicts ({@link nl.techniekpact.cms.publishing.web.ItemEditScreen}); every rule is {@link
 * nl.techniekpact.cms.pact.editing.PactEditing}'s.
 */
@Named
@ViewScoped
public class EditGoal extends EditionItemScreen<GoalInput> {

  private static final long serialVersionUID = 1L;

  private GoalForm form = new GoalForm();

  @Override
  protected ItemEditing<?, GoalInput, EditedItem<GoalInput>> editing() {
    return pacts().goals();
  }

  @Override
  protected void fill(GoalInput content) {
    form = GoalForm.of(content);
  }

  @Override
  protected GoalInput input(boolean existing) {
    return form.toInput();
  }

  @Override
  protected List<FieldChange> differencesTo(GoalInput theirs) {
    return form.differencesTo(theirs);
  }

  @Override
  protected String formId() {
    return "goal";
  }

  @Override
  protected String fieldKeys() {
    return "goal.field.";
  }

  @Override
  protected String page() {
    return "goal";
  }

  @Override
  protected EditionItemForm form() {
    return form;
  }

  public GoalForm getForm() {
    return form;
  }
}
