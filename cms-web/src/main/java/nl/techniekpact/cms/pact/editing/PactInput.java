package nl.techniekpact.cms.pact.editing;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import nl.techniekpact.cms.publishing.FieldAccess;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.shared.Slug;

/**
 * The editable fields of a pact edition: {@code slug} (unique, fixed once created), {@code name},
 * {@code signedOn} (an ISO date such as {@code 2013-05-13}, absent when not signed), {@code
 * description} (the introduction the site shows, nl required, en optional) and {@code
 * regionsIntroduction} (the text introducing the regions, optional). Plain texts: the site escapes
 * them. Goals and themes are edited one by one ({@link GoalInput}, {@link ThemeInput}).
 */
@JsonbVisibility(FieldAccess.class)
public final class PactInput implements java.io.Serializable {

  @NotBlank
  @Size(max = Slug.MAX_LENGTH)
  @Pattern(regexp = Slug.PATTERN)
  private String slug;

  @NotBlank
  @Size(max = Pact.MAX_NAME_LENGTH)
  private String name;

  @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2013-05-13")
  private String signedOn;

  @NotNull @Valid private TextInput description;
  @Valid private TextInput regionsIntroduction;

  /** For JSON-B. */
  public PactInput() {}

  /** All fields; see the class documentation. */
  public PactInput(
      String slug,
      String name,
      String signedOn,
      TextInput description,
      TextInput regionsIntroduction) {
    this.slug = slug;
    this.name = name;
    this.signedOn = signedOn;
    this.description = description;
    this.regionsIntroduction = regionsIntroduction;
  }

  /** The same fields with another slug. */
  public PactInput withSlug(String newSlug) {
    return new PactInput(newSlug, name, signedOn, description, regionsIntroduction);
  }

  /** The slug. */
  public String slug() {
    return slug;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The date of signing as ISO text, or {@code null}. */
  public String signedOn() {
    return signedOn;
  }

  /** The introduction. */
  public TextInput description() {
    return description;
  }

  /** The text introducing the regions, or {@code null}. */
  public TextInput regionsIntroduction() {
    return regionsIntroduction;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PactInput other
        && Objects.equals(slug, other.slug)
        && Objects.equals(name, other.name)
        && Objects.equals(signedOn, other.signedOn)
        && Objects.equals(description, other.description)
        && Objects.equals(regionsIntroduction, other.regionsIntroduction);
  }

  @Override
  public int hashCode() {
    return Objects.hash(slug, name, signedOn);
  }

  @Override
  public String toString() {
    return "PactInput " + slug;
  }
}
