package nl.techniekpact.cms.pact.web;

import java.io.Serializable;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.publishing.web.ItemEditScreen;

/** The fields the forms of a theme and a goal share: edition, number, title and text. */
public class EditionItemForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String pact;
  private Integer number;
  private String titleNl;
  private String titleEn;
  private String descriptionNl;
  private String descriptionEn;

  /** Fills the shared fields. */
  void fill(String pactSlug, Integer itemNumber, TextInput title, TextInput description) {
    pact = pactSlug;
    number = itemNumber;
    titleNl = PactForm.nl(title);
    titleEn = PactForm.en(title);
    descriptionNl = PactForm.nl(description);
    descriptionEn = PactForm.en(description);
  }

  /** The title, required. */
  TextInput title() {
    return ItemEditScreen.required(titleNl, titleEn);
  }

  /** The description, absent when blank. */
  TextInput description() {
    return ItemEditScreen.text(descriptionNl, descriptionEn);
  }

  /**
   * The shared fields' rows for {@link ItemEditScreen#differences}: field, this form, the other.
   */
  String[][] textDifferences(EditionItemForm them) {
    return new String[][] {
      {"titleNl", titleNl, them.titleNl},
      {"titleEn", titleEn, them.titleEn},
      {"descriptionNl", descriptionNl, them.descriptionNl},
      {"descriptionEn", descriptionEn, them.descriptionEn}
    };
  }

  /** The form component of a refused field, or {@code null} when the field has none. */
  static String componentOf(String field) {
    String path = field == null ? "" : field.replaceAll("\\[\\d+]", "");
    return switch (path) {
      case "number", "theme", "educationLevels" -> path;
      case "title", "title.nl" -> "titleNl";
      case "title.en" -> "titleEn";
      case "description", "description.nl" -> "descriptionNl";
      case "description.en" -> "descriptionEn";
      default -> null;
    };
  }

  public String getPact() {
    return pact;
  }

  public void setPact(String pact) {
    this.pact = pact;
  }

  public Integer getNumber() {
    return number;
  }

  public void setNumber(Integer number) {
    this.number = number;
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
}
