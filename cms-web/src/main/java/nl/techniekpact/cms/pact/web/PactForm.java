package nl.techniekpact.cms.pact.web;

import java.io.Serializable;
import java.util.List;
import nl.techniekpact.cms.pact.editing.PactInput;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.publishing.revision.FieldChange;
import nl.techniekpact.cms.publishing.web.ItemEditScreen;

/** The pact edition form's fields, as the screen binds them. */
public class PactForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String slug;
  private String name;
  private String signedOn;
  private String descriptionNl;
  private String descriptionEn;
  private String regionsIntroductionNl;
  private String regionsIntroductionEn;

  static PactForm of(PactInput input) {
    PactForm form = new PactForm();
    form.slug = input.slug();
    form.name = input.name();
    form.signedOn = input.signedOn();
    form.descriptionNl = nl(input.description());
    form.descriptionEn = en(input.description());
    form.regionsIntroductionNl = nl(input.regionsIntroduction());
    form.regionsIntroductionEn = en(input.regionsIntroduction());
    return form;
  }

  static String nl(TextInput text) {
    return text == null ? null : text.nl();
  }

  static String en(TextInput text) {
    return text == null ? null : text.en();
  }

  PactInput toInput(String fixedSlug) {
    return new PactInput(
        fixedSlug,
        name,
        signedOn == null || signedOn.isBlank() ? null : signedOn.strip(),
        ItemEditScreen.required(descriptionNl, descriptionEn),
        ItemEditScreen.text(regionsIntroductionNl, regionsIntroductionEn));
  }

  static String componentOf(String field) {
    String path = field == null ? "" : field;
    return switch (path) {
      case "slug", "name", "signedOn" -> path;
      case "description", "description.nl" -> "descriptionNl";
      case "description.en" -> "descriptionEn";
      case "regionsIntroduction", "regionsIntroduction.nl" -> "regionsIntroductionNl";
      case "regionsIntroduction.en" -> "regionsIntroductionEn";
      default -> null;
    };
  }

  List<FieldChange> differencesTo(PactInput other) {
    PactForm them = of(other);
    return ItemEditScreen.differences(
        new String[][] {
          {"name", name, them.name},
          {"signedOn", signedOn, them.signedOn},
          {"descriptionNl", descriptionNl, them.descriptionNl},
          {"descriptionEn", descriptionEn, them.descriptionEn},
          {"regionsIntroductionNl", regionsIntroductionNl, them.regionsIntroductionNl},
          {"regionsIntroductionEn", regionsIntroductionEn, them.regionsIntroductionEn}
        });
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

  public String getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(String signedOn) {
    this.signedOn = signedOn;
  }

  public String getDescriptionNl() {
    return descriptionNl;
  }

  public void setDescriptionNl(String descriptionNl) {
    this.descriptionNl = descriptionNl;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String descriptionEn) {
    this.descriptionEn = descriptionEn;
  }

  public String getRegionsIntroductionNl() {
    return regionsIntroductionNl;
  }

  public void setRegionsIntroductionNl(String regionsIntroductionNl) {
    this.regionsIntroductionNl = regionsIntroductionNl;
  }

  public String getRegionsIntroductionEn() {
    return regionsIntroductionEn;
  }

  public void setRegionsIntroductionEn(String regionsIntroductionEn) {
    this.regionsIntroductionEn = regionsIntroductionEn;
  }
}
