package nl.techniekpact.cms.ambassador.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.techniekpact.cms.ambassador.editing.AmbassadorInput;
import nl.techniekpact.cms.publishing.ImageInput;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;

/**
 * The fields of the ambassador form, as the page binds them, and their mapping to an {@link
 * AmbassadorInput}.
 */
public class AmbassadorForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String slug;
  private String name;
  private String role = "AMBASSADEUR";
  private String teaserNl;
  private String teaserEn;
  private String profileNl;
  private String profileEn;
  private String photoLocation;
  private String photoAltText;
  private List<String> goals = new ArrayList<>();
  private String region;

  /** The form showing an input. */
  static AmbassadorForm of(AmbassadorInput input) {
    AmbassadorForm form = new AmbassadorForm();
    form.slug = input.slug();
    form.name = input.name();
    form.role = input.role();
    form.teaserNl = input.teaser() == null ? null : input.teaser().nl();
    form.teaserEn = input.teaser() == null ? null : input.teaser().en();
    form.profileNl = input.profile() == null ? null : input.profile().nl();
    form.profileEn = input.profile() == null ? null : input.profile().en();
    form.photoLocation = input.photo() == null ? null : input.photo().location();
    form.photoAltText = input.photo() == null ? null : input.photo().altText();
    form.goals = new ArrayList<>(input.goals().stream().map(String::valueOf).toList());
    form.region = input.region();
    return form;
  }

  /** The input the service gets, for an ambassador with this slug. */
  AmbassadorInput toInput(String ambassadorSlug) {
    return new AmbassadorInput(
        blankToNull(ambassadorSlug),
        name,
        role,
        new TextInput(teaserNl == null ? "" : teaserNl, blankToNull(teaserEn)),
        blankToNull(profileNl) == null && blankToNull(profileEn) == null
            ? null
            : new TextInput(profileNl == null ? "" : profileNl, blankToNull(profileEn)),
        blankToNull(photoLocation) == null && blankToNull(photoAltText) == null
            ? null
            : new ImageInput(blankToNull(photoLocation), blankToNull(photoAltText)),
        goals.stream().map(Integer::valueOf).toList(),
        blankToNull(region));
  }

  /** The component id of a field the service names ({@code teaser.nl} → {@code teaserNl}). */
  static String componentOf(String field) {
    if (field == null) {
      return null;
    }
    return switch (field.replaceAll("\\[\\d+]", "")) {
      case "slug" -> "slug";
      case "name" -> "name";
      case "role" -> "role";
      case "teaser", "teaser.nl" -> "teaserNl";
      case "teaser.en" -> "teaserEn";
      case "profile", "profile.nl" -> "profileNl";
      case "profile.en" -> "profileEn";
      case "photo", "photo.location" -> "photoLocation";
      case "photo.altText" -> "photoAltText";
      case "goals" -> "goals";
      case "region" -> "region";
      default -> null;
    };
  }

  /** The fields in which another version differs from this form: field, this form, theirs. */
  List<FieldChange> differencesTo(AmbassadorInput other) {
    AmbassadorForm them = of(other);
    Map<String, String[]> fields = new LinkedHashMap<>();
    fields.put("name", new String[] {name, them.name});
    fields.put("role", new String[] {role, them.role});
    fields.put("teaserNl", new String[] {teaserNl, them.teaserNl});
    fields.put("teaserEn", new String[] {teaserEn, them.teaserEn});
    fields.put("profileNl", new String[] {profileNl, them.profileNl});
    fields.put("profileEn", new String[] {profileEn, them.profileEn});
    fields.put("photoLocation", new String[] {photoLocation, them.photoLocation});
    fields.put("photoAltText", new String[] {photoAltText, them.photoAltText});
    fields.put("goals", new String[] {String.join(", ", goals), String.join(", ", them.goals)});
    fields.put("region", new String[] {region, them.region});
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

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getTeaserNl() {
    return teaserNl;
  }

  public void setTeaserNl(String teaserNl) {
    this.teaserNl = teaserNl;
  }

  public String getTeaserEn() {
    return teaserEn;
  }

  public void setTeaserEn(String teaserEn) {
    this.teaserEn = teaserEn;
  }

  public String getProfileNl() {
    return profileNl;
  }

  public void setProfileNl(String profileNl) {
    this.profileNl = profileNl;
  }

  public String getProfileEn() {
    return profileEn;
  }

  public void setProfileEn(String profileEn) {
    this.profileEn = profileEn;
  }

  public String getPhotoLocation() {
    return photoLocation;
  }

  public void setPhotoLocation(String photoLocation) {
    this.photoLocation = photoLocation;
  }

  public String getPhotoAltText() {
    return photoAltText;
  }

  public void setPhotoAltText(String photoAltText) {
    this.photoAltText = photoAltText;
  }

  /** Takes the alternative text of a chosen library image, unless one was typed already. */
  public void useAltText(String altText) {
    if (photoAltText == null || photoAltText.isBlank()) {
      photoAltText = altText;
    }
  }

  public List<String> getGoals() {
    return goals;
  }

  public void setGoals(List<String> goals) {
    this.goals = goals == null ? new ArrayList<>() : new ArrayList<>(goals);
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }
}
