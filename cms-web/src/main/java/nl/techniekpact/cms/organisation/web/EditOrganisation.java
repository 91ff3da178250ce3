package nl.techniekpact.cms.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.techniekpact.cms.organisation.editing.OrganisationEditing;
import nl.techniekpact.cms.organisation.editing.OrganisationInput;
import nl.techniekpact.cms.publishing.EditedItem;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.ItemEditing;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.web.ItemEditScreen;

/**
 * Creates and edits one partner organisation ({@code /beheer/organisations/edit.xhtml[?slug=…]}):
 * its fields, save, remove (refused while cases name it), its revisions and, after a conflict, the
 * other version beside this one ({@link ItemEditScreen}); every rule is {@link
 * OrganisationEditing}'s.
 */
@Named
@ViewScoped
public class EditOrganisation extends ItemEditScreen<OrganisationInput> {

  private static final long serialVersionUID = 1L;

  @Inject private OrganisationEditing organisations;
  @Inject private Editors editors;

  private OrganisationForm form = new OrganisationForm();

  @Override
  protected ItemEditing<?, OrganisationInput, EditedItem<OrganisationInput>> editing() {
    return organisations.items();
  }

  @Override
  protected Editors editors() {
    return editors;
  }

  @Override
  protected void fill(OrganisationInput content) {
    form = OrganisationForm.of(content);
  }

  @Override
  protected OrganisationInput input(boolean existing) {
    return form.toInput(existing ? getName() : form.getSlug());
  }

  @Override
  protected String nameOf(OrganisationInput content) {
    return content.slug();
  }

  @Override
  protected List<FieldChange> differencesTo(OrganisationInput theirs) {
    return form.differencesTo(theirs);
  }

  @Override
  protected String formId() {
    return "organisation";
  }

  @Override
  protected String fieldKeys() {
    return "organisation.field.";
  }

  @Override
  protected String componentOf(String field) {
    return OrganisationForm.componentOf(field);
  }

  @Override
  protected String editPage(String slug) {
    return "/beheer/organisations/edit.xhtml?faces-redirect=true&slug=" + slug;
  }

  @Override
  protected String listPage() {
    return "/beheer/organisations/index.xhtml?faces-redirect=true";
  }

  public OrganisationForm getForm() {
    return form;
  }
}
