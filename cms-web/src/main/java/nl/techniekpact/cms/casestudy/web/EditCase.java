package nl.techniekpact.cms.casestudy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.techniekpact.cms.casestudy.editing.CaseStudyEditing;
import nl.techniekpact.cms.casestudy.editing.CaseStudyInput;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.TypeEditing;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.web.EditScreen;

/**
 * Creates and edits one case study ({@code /beheer/cases/edit.xhtml[?slug=…]}): its fields with
 * rich text, save, publish, unpublish, schedule, delete and restore, its revisions (compare,
 * restore) and, when another editor saved first, their version beside this one; the flow is {@link
 * EditScreen}'s. Every rule (authorisation by region, validation, sanitizing, versions, revisions,
 * audit) is {@link CaseStudyEditing}'s; this bean maps the form to its input.
 */
@Named
@ViewScoped
public class EditCase extends EditScreen<CaseStudyInput> {

  private static final long serialVersionUID = 1L;

  @Inject private CaseStudyEditing cases;
  @Inject private Editors editors;

  private CaseForm form = new CaseForm();

  @Override
  protected TypeEditing<?, CaseStudyInput, ContentDocument<CaseStudyInput>> editing() {
    return cases;
  }

  @Override
  protected Editors editors() {
    return editors;
  }

  @Override
  protected String messages() {
    return "case";
  }

  @Override
  protected String path() {
    return "/beheer/cases/edit.xhtml";
  }

  @Override
  protected String formId() {
    return "case";
  }

  @Override
  protected void showFields(CaseStudyInput fields) {
    form = CaseForm.of(fields);
  }

  @Override
  protected CaseStudyInput fields(String itemSlug) {
    return form.toInput(itemSlug);
  }

  @Override
  protected String typedSlug() {
    return form.getSlug();
  }

  @Override
  protected List<FieldChange> differencesTo(CaseStudyInput other) {
    return form.differencesTo(other);
  }

  @Override
  protected String componentOf(String field) {
    return CaseForm.componentOf(field);
  }

  public CaseForm getForm() {
    return form;
  }
}
