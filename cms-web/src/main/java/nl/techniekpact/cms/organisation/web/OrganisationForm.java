package nl.techniekpact.cms.organisation.web;

import java.io.Serializable;
import java.util.List;
import nl.techniekpact.cms.organisation.editing.OrganisationInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.web.ItemEditScreen;

/** The organisation form's fields, as the screen binds them. */
public class OrganisationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The fields of the form, also their component ids. */
  static final List<String> FIELDS = List.of("slug", "name", "kind", "region", "website");

  private String slug;
  private String name;
  private String kind = "BEDRIJFSLEVEN";
  private String region;
  private String website;

  /** The form of an organisation's fields. */
  static OrganisationForm of(OrganisationInput input) {
    OrganisationForm form = new OrganisationForm();
    form.slug = input.slug();
    form.name = input.name();
    form.kind = input.kind();
    form.region = input.region();
    form.website = input.website();
    return form;
  }

  /** The input this form describes; blank optional fields are absent. */
  OrganisationInput toInput(String fixedSlug) {
    return new OrganisationInput(fixedSlug, name, kind, blankToNull(region), blankToNull(website));
  }

  /** The component of a refused field, or {@code null} when the field has none. */
  static String componentOf(String field) {
    return FIELDS.contains(field) ? field : null;
  }

  /** The fields in which another version differs from this form: field, this form, theirs. */
  List<FieldChange> differencesTo(OrganisationInput other) {
    OrganisationForm them = of(other);
    return ItemEditScreen.differences(
        new String[][] {
          {"name", name, them.name},
          {"kind", kind, them.kind},
          {"region", region, them.region},
          {"website", website, them.website}
        });
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
