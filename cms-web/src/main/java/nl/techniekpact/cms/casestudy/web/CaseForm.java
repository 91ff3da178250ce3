package nl.techniekpact.cms.casestudy.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.techniekpact.cms.casestudy.editing.CaseStudyInput;
import nl.techniekpact.cms.publishing.ImageInput;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;

/**
 * The case form's fields as the page binds them (one property per input), and the conversion to and
 * from {@link CaseStudyInput}. Holds no rules: empty optional fields become {@code null}.
 */
public class CaseForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String slug;
  private String titleNl;
  private String titleEn;
  private String subtitleNl;
  private String subtitleEn;
  private String summaryNl;
  private String summaryEn;
  private String bodyNl;
  private String bodyEn;
  private String region;
  private List<String> goals = new ArrayList<>();
  private List<String> educationLevels = new ArrayList<>();
  private List<String> partners = new ArrayList<>();
  private String photoLocation;
  private String photoAltText;

  /** The form showing an input. */
  static CaseForm of(CaseStudyInput input) {
    CaseForm form = new CaseForm();
    form.slug = input.slug();
    form.titleNl = nl(input.title());
    form.titleEn = en(input.title());
    form.subtitleNl = nl(input.subtitle());
    form.subtitleEn = en(input.subtitle());
    form.summaryNl = nl(input.summary());
    form.summaryEn = en(input.summary());
    form.bodyNl = nl(input.body());
    form.bodyEn = en(input.body());
    form.region = input.region();
    form.goals = new ArrayList<>(input.goals().stream().map(String::valueOf).toList());
    form.educationLevels = new ArrayList<>(input.educationLevels());
    form.partners = new ArrayList<>(input.partners());
    form.photoLocation = input.photo() == null ? null : input.photo().location();
    form.photoAltText = input.photo() == null ? null : input.photo().altText();
    return form;
  }

  /** The input the service gets, for a case with this slug. */
  CaseStudyInput toInput(String caseSlug) {
    return new CaseStudyInput(
        blankToNull(caseSlug),
        text(titleNl, titleEn, true),
        text(subtitleNl, subtitleEn, false),
        text(summaryNl, summaryEn, true),
        text(bodyNl, bodyEn, false),
        blankToNull(region),
        goals.stream().map(Integer::valueOf).toList(),
        List.copyOf(educationLevels),
        List.copyOf(partners),
        blankToNull(photoLocation) == null && blankToNull(photoAltText) == null
            ? null
            : new ImageInput(blankToNull(photoLocation), blankToNull(photoAltText)));
  }

  /** The component id of a field the service names ({@code title.nl} → {@code titleNl}). */
  static String componentOf(String field) {
    if (field == null) {
      return null;
    }
    String path = field.replaceAll("\\[\\d+]", "");
    return switch (path) {
      case "slug" -> "slug";
      case "title", "title.nl" -> "titleNl";
      case "title.en" -> "titleEn";
      case "subtitle", "subtitle.nl" -> "subtitleNl";
      case "subtitle.en" -> "subtitleEn";
      case "summary", "summary.nl" -> "summaryNl";
      case "summary.en" -> "summaryEn";
      case "body", "body.nl" -> "bodyNl";
      case "body.en" -> "bodyEn";
      case "region" -> "region";
      case "goals" -> "goals";
      case "educationLevels" -> "educationLevels";
      case "partners" -> "partners";
      case "photo", "photo.location" -> "photoLocation";
      case "photo.altText" -> "photoAltText";
      default -> null;
    };
  }

  /** The fields in which another version differs from this form: field, this form, theirs. */
  List<FieldChange> differencesTo(CaseStudyInput other) {
    Map<String, String[]> fields = new LinkedHashMap<>();
    CaseForm them = of(other);
    fields.put("titleNl", new String[] {titleNl, them.titleNl});
    fields.put("titleEn", new String[] {titleEn, them.titleEn});
    fields.put("subtitleNl", new String[] {subtitleNl, them.subtitleNl});
    fields.put("subtitleEn", new String[] {subtitleEn, them.subtitleEn});
    fields.put("summaryNl", new String[] {summaryNl, them.summaryNl});
    fields.put("summaryEn", new String[] {summaryEn, them.summaryEn});
    fields.put("bodyNl", new String[] {bodyNl, them.bodyNl});
    fields.put("bodyEn", new String[] {bodyEn, them.bodyEn});
    fields.put("region", new String[] {region, them.region});
    fields.put("goals", new String[] {String.join(", ", goals), String.join(", ", them.goals)});
    fields.put(
        "educationLevels",
        new String[] {String.join(", ", educationLevels), String.join(", ", them.educationLevels)});
    fields.put(
        "partners", new String[] {String.join(", ", partners), String.join(", ", them.partners)});
    fields.put("photoLocation", new String[] {photoLocation, them.photoLocation});
    fields.put("photoAltText", new String[] {photoAltText, them.photoAltText});
    List<FieldChange> changes = new ArrayList<>();
    fields.forEach(
        (name, values) -> {
          if (!Objects.equals(blankToNull(values[0]), blankToNull(values[1]))) {
            changes.add(new FieldChange(name, values[0], values[1]));
          }
        });
    return changes;
  }

  private static TextInput text(String nl, String en, boolean required) {
    if (!required && blankToNull(nl) == null && blankToNull(en) == null) {
      return null;
    }
    return new TextInput(nl == null ? "" : nl, blankToNull(en));
  }

  private static String nl(TextInput text) {
    return text == null ? null : text.nl();
  }

  private static String en(TextInput text) {
    return text == null ? null : text.en();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  // getters and setters for the page

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitleNl() {
    return titleNl;
  }

  public void setTitleNl(String titleNl) {
    this.titleNl = titleNl;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getSubtitleNl() {
    return subtitleNl;
  }

  public void setSubtitleNl(String subtitleNl) {
    this.subtitleNl = subtitleNl;
  }

  public String getSubtitleEn() {
    return subtitleEn;
  }

  public void setSubtitleEn(String subtitleEn) {
    this.subtitleEn = subtitleEn;
  }

  public String getSummaryNl() {
    return summaryNl;
  }

  public void setSummaryNl(String summaryNl) {
    this.summaryNl = summaryNl;
  }

  public String getSummaryEn() {
    return summaryEn;
  }

  public void setSummaryEn(String summaryEn) {
    this.summaryEn = summaryEn;
  }

  public String getBodyNl() {
    return bodyNl;
  }

  public void setBodyNl(String bodyNl) {
    this.bodyNl = bodyNl;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public List<String> getGoals() {
    return goals;
  }

  public void setGoals(List<String> goals) {
    this.goals = goals == null ? new ArrayList<>() : new ArrayList<>(goals);
  }

  public List<String> getEducationLevels() {
    return educationLevels;
  }

  public void setEducationLevels(List<String> educationLevels) {
    this.educationLevels =
        educationLevels == null ? new ArrayList<>() : new ArrayList<>(educationLevels);
  }

  public List<String> getPartners() {
    return partners;
  }

  public void setPartners(List<String> partners) {
    this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
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
}
