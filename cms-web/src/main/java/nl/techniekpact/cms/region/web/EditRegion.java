package nl.techniekpact.cms.region.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.TypeEditing;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.web.EditScreen;
import nl.techniekpact.cms.region.editing.RegionEditing;
import nl.techniekpact.cms.region.editing.RegionInput;
import nl.techniekpact.model.region.Province;

/**
 * Creates and edits one region ({@code /beheer/regions/edit.xhtml[?slug=…]}); the flow is {@link
 * EditScreen}'s, the rules {@link RegionEditing}'s (a regional editor edits their own region only,
 * and creates and deletes none).
 */
@Named
@ViewScoped
public class EditRegion extends EditScreen<RegionInput> {

  private static final long serialVersionUID = 1L;

  @Inject private RegionEditing regions;
  @Inject private Editors editors;

  private RegionForm form = new RegionForm();

  @Override
  protected TypeEditing<?, RegionInput, ContentDocument<RegionInput>> editing() {
    return regions;
  }

  @Override
  protected Editors editors() {
    return editors;
  }

  @Override
  protected String messages() {
    return "region";
  }

  @Override
  protected String path() {
    return "/beheer/regions/edit.xhtml";
  }

  @Override
  protected String formId() {
    return "region";
  }

  @Override
  protected void showFields(RegionInput fields) {
    form = RegionForm.of(fields);
  }

  @Override
  protected RegionInput fields(String itemSlug) {
    return form.toInput(itemSlug);
  }

  @Override
  protected String typedSlug() {
    return form.getSlug();
  }

  @Override
  protected List<FieldChange> differencesTo(RegionInput other) {
    return form.differencesTo(other);
  }

  @Override
  protected String componentOf(String field) {
    return RegionForm.componentOf(field);
  }

  /** Whether the signed-in editor may create, delete and restore regions. */
  public boolean isMayManage() {
    return regions.mayManageRegions(editor());
  }

  /** The provinces to choose from, by their Dutch names. */
  public List<String> getProvinceChoices() {
    return Arrays.stream(Province.values()).map(Province::getDisplayName).toList();
  }

  public RegionForm getForm() {
    return form;
  }
}
