package nl.techniekpact.cms.region.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.region.editing.ContactInput;
import nl.techniekpact.cms.region.editing.RegionInput;

/**
 * The fields of the region form, as the page binds them, and their mapping to a {@link
 * RegionInput}.
 */
public class RegionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String slug;
  private String name;
  private List<String> provinces = new ArrayList<>();
  private String ambitionsNl;
  private String ambitionsEn;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private boolean needsConfirmation;

  /** The form showing an input. */
  static RegionForm of(RegionInput input) {
    RegionForm form = new RegionForm();
    form.slug = input.slug();
    form.name = input.name();
    form.provinces = new ArrayList<>(input.provinces());
    form.ambitionsNl = input.ambitions() == null ? null : input.ambitions().nl();
    form.ambitionsEn = input.ambitions() == null ? null : input.ambitions().en();
    ContactInput contact = input.contact();
    form.contactName = contact == null ? null : contact.name();
    form.contactEmail = contact == null ? null : contact.email();
    form.contactPhone = contact == null ? null : contact.phone();
    form.needsConfirmation = input.needsConfirmation();
    return form;
  }

  /** The input the service gets, for a region with this slug. */
  RegionInput toInput(String regionSlug) {
    ContactInput contact =
        new ContactInput(
            blankToNull(contactName), blankToNull(contactEmail), blankToNull(contactPhone));
    return new RegionInput(
        blankToNull(regionSlug),
        name,
        List.copyOf(provinces),
        blankToNull(ambitionsNl) == null && blankToNull(ambitionsEn) == null
            ? null
            : new TextInput(ambitionsNl == null ? "" : ambitionsNl, blankToNull(ambitionsEn)),
        contact.isBlank() ? null : contact,
        needsConfirmation);
  }

  /** The component id of a field the service names ({@code contact.email} → {@code email}). */
  static String componentOf(String field) {
    if (field == null) {
      return null;
    }
    return switch (field.replaceAll("\\[\\d+]", "")) {
      case "slug" -> "slug";
      case "name" -> "name";
      case "provinces", "province" -> "provinces";
      case "ambitions", "ambitions.nl" -> "ambitionsNl";
      case "ambitions.en" -> "ambitionsEn";
      case "contact", "contact.name" -> "contactName";
      case "contact.email" -> "contactEmail";
      case "contact.phone" -> "contactPhone";
      default -> null;
    };
  }

  /** The fields in which another version differs from this form: field, this form, theirs. */
  List<FieldChange> differencesTo(RegionInput other) {
    RegionForm them = of(other);
    Map<String, String[]> fields = new LinkedHashMap<>();
    fields.put("name", new String[] {name, them.name});
    fields.put(
        "provinces",
        new String[] {String.join(", ", provinces), String.join(", ", them.provinces)});
    fields.put("ambitionsNl", new String[] {ambitionsNl, them.ambitionsNl});
    fields.put("ambitionsEn", new String[] {ambitionsEn, them.ambitionsEn});
    fields.put("contactName", new String[] {contactName, them.contactName});
    fields.put("contactEmail", new String[] {contactEmail, them.contactEmail});
    fields.put("contactPhone", new String[] {contactPhone, them.contactPhone});
    fields.put(
        "needsConfirmation",
        new String[] {
          Boolean.toString(needsConfirmation), Boolean.toString(them.needsConfirmation)
        });
    List<FieldChange> changes = new ArrayList<>();
    fields.forEach(
        (field, values) -> {
          if (!Objects.equals(blankToNull(values[0]), blankToNull(values[1]))) {
            changes.add(new FieldChange(field, values[0], values[1]));
          }
        });
    return changes;
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

  public List<String> getProvinces() {
    return provinces;
  }

  public void setProvinces(List<String> provinces) {
    this.provinces = provinces == null ? new ArrayList<>() : new ArrayList<>(provinces);
  }

  public String getAmbitionsNl() {
    return ambitionsNl;
  }

  public void setAmbitionsNl(String ambitionsNl) {
    this.ambitionsNl = ambitionsNl;
  }

  public String getAmbitionsEn() {
    return ambitionsEn;
  }

  public void setAmbitionsEn(String ambitionsEn) {
    this.ambitionsEn = ambitionsEn;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public boolean isNeedsConfirmation() {
    return needsConfirmation;
  }

  public void setNeedsConfirmation(boolean needsConfirmation) {
    this.needsConfirmation = needsConfirmation;
  }
}
