package nl.techniekpact.cms.region.editing;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import nl.techniekpact.cms.publishing.EditInput;
import nl.techniekpact.cms.publishing.FieldAccess;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.Slug;

/**
 * The editable fields of a region (landsdeel): {@code slug} (unique, fixed once created), {@code
 * name}, {@code provinces} (at least one, each once: Dutch names such as {@code Noord-Brabant} or
 * constants such as {@code NOORD_BRABANT}), {@code ambitions} (plain text, Dutch required when
 * given, English optional), {@code contact} (optional) and {@code needsConfirmation} (whether the
 * name and provinces still await an editor's confirmation; absent is {@code false}). JSON-B fills
 * it through its fields.
 *
 * <pre>{@code
 * new RegionInput("noord-nederland", "Noord-Nederland", List.of("Groningen", "Friesland", "Drenthe"),
 *     new TextInput("Meer jongeren kiezen voor techniek.", null),
 *     new ContactInput("Techniekpact Noord", "noord@example.org", null), false);
 * }</pre>
 */
@JsonbVisibility(FieldAccess.class)
public final class RegionInput implements EditInput {

  @NotBlank
  @Size(max = Slug.MAX_LENGTH)
  @Pattern(regexp = Slug.PATTERN)
  private String slug;

  @NotBlank
  @Size(max = Region.MAX_NAME_LENGTH)
  private String name;

  @NotEmpty
  @Size(max = 12)
  private List<String> provinces;

  @Valid private TextInput ambitions;
  @Valid private ContactInput contact;
  private Boolean needsConfirmation;

  /** For JSON-B. */
  public RegionInput() {}

  /** All fields; see the class documentation. */
  public RegionInput(
      String slug,
      String name,
      List<String> provinces,
      TextInput ambitions,
      ContactInput contact,
      boolean needsConfirmation) {
    this.slug = slug;
    this.name = name;
    this.provinces = provinces;
    this.ambitions = ambitions;
    this.contact = contact;
    this.needsConfirmation = needsConfirmation;
  }

  /** The same fields with another slug. */
  public RegionInput withSlug(String newSlug) {
    return new RegionInput(newSlug, name, provinces, ambitions, contact, needsConfirmation);
  }

  @Override
  public String slug() {
    return slug;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The provinces as sent, never {@code null}. */
  public List<String> provinces() {
    return provinces == null ? List.of() : provinces;
  }

  /** The ambitions, or {@code null}. */
  public TextInput ambitions() {
    return ambitions;
  }

  /** The contact, or {@code null}. */
  public ContactInput contact() {
    return contact;
  }

  /** Whether the region still awaits confirmation. */
  public boolean needsConfirmation() {
    return Boolean.TRUE.equals(needsConfirmation);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RegionInput other
        && Objects.equals(slug, other.slug)
        && Objects.equals(name, other.name)
        && provinces().equals(other.provinces())
        && Objects.equals(ambitions, other.ambitions)
        && Objects.equals(contact, other.contact)
        && needsConfirmation() == other.needsConfirmation();
  }

  @Override
  public int hashCode() {
    return Objects.hash(slug, name, provinces());
  }

  @Override
  public String toString() {
    return "RegionInput " + slug;
  }
}
