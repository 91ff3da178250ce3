package nl.techniekpact.cms.pact.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.techniekpact.cms.pact.editing.PactEditing;
import nl.techniekpact.cms.pact.editing.PactInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.ItemEditing;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.web.ItemEditScreen;

/**
 * Creates and edits one pact edition ({@code /beheer/pacts/edit.xhtml[?name=techniekpact]}): its
 * name, date of signing and introductions, save, remove (refused while it has goals or themes),
 * revisions and conflicts ({@link ItemEditScreen}); every rule is {@link PactEditing}'s.
 */
@Named
@ViewScoped
public class EditPact extends ItemEditScreen<PactInput> {

  private static final long serialVersionUID = 1L;

  @Inject private PactEditing pacts;
  @Inject private Editors editors;

  private PactForm form = new PactForm();

  @Override
  protected ItemEditing<?, PactInput, EditedItem<PactInput>> editing() {
    return pacts.editions();
  }

  @Override
  protected Editors editors() {
    return editors;
  }

  @Override
  protected void fill(PactInput content) {
    form = PactForm.of(content);
  }

  @Override
  protected PactInput input(boolean existing) {
    return form.toInput(existing ? getName() : form.getSlug());
  }

  @Override
  protected String nameOf(PactInput content) {
    return content.slug();
  }

  @Override
  protected List<FieldChange> differencesTo(PactInput theirs) {
    return form.differencesTo(theirs);
  }

  @Override
  protected String formId() {
    return "pact";
  }

  @Override
  protected String fieldKeys() {
    return "pact.field.";
  }

  @Override
  protected String componentOf(String field) {
    return PactForm.componentOf(field);
  }

  @Override
  protected String editPage(String name) {
    return "/beheer/pacts/edit.xhtml?faces-redirect=true&name=" + name;
  }

  @Override
  protected String listPage() {
    return "/beheer/pacts/index.xhtml?faces-redirect=true";
  }

  public PactForm getForm() {
    return form;
  }
}
