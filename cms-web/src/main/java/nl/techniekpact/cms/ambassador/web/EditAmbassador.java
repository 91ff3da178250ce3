package nl.techniekpact.cms.ambassador.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.techniekpact.cms.ambassador.editing.AmbassadorEditing;
import nl.techniekpact.cms.ambassador.editing.AmbassadorInput;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.TypeEditing;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.web.EditScreen;

/**
 * Creates and edits one ambassador ({@code /beheer/ambassadors/edit.xhtml[?slug=…]}); the flow is
 * {@link EditScreen}'s, the rules {@link AmbassadorEditing}'s (a regional editor edits the
 * ambassadors of their own regions only).
 */
@Named
@ViewScoped
public class EditAmbassador extends EditScreen<AmbassadorInput> {

  private static final long serialVersionUID = 1L;

  @Inject private AmbassadorEditing ambassadors;
  @Inject private Editors editors;

  private AmbassadorForm form = new AmbassadorForm();

  @Override
  protected TypeEditing<?, AmbassadorInput, ContentDocument<AmbassadorInput>> editing() {
    return ambassadors;
  }

  @Override
  protected Editors editors() {
    return editors;
  }

  @Override
  protected String messages() {
    return "ambassador";
  }

  @Override
  protected String path() {
    return "/beheer/ambassadors/edit.xhtml";
  }

  @Override
  protected String formId() {
    return "ambassador";
  }

  @Override
  protected void showFields(AmbassadorInput fields) {
    form = AmbassadorForm.of(fields);
  }

  @Override
  protected AmbassadorInput fields(String itemSlug) {
    return form.toInput(itemSlug);
  }

  @Override
  protected String typedSlug() {
    return form.getSlug();
  }

  @Override
  protected List<FieldChange> differencesTo(AmbassadorInput other) {
    return form.differencesTo(other);
  }

  @Override
  protected String componentOf(String field) {
    return AmbassadorForm.componentOf(field);
  }

  public AmbassadorForm getForm() {
    return form;
  }
}
