package nl.techniekpact.cms.organisation.editing;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import nl.techniekpact.cms.publishing.FieldAccess;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.shared.Slug;

/**
 * The editable fields of a partner organisation, in the shape the read API shows one: {@code slug}
 * (unique, fixed once created), {@code name}, {@code kind} ({@code BEDRIJFSLEVEN}, {@code
 * ONDERWIJS} or {@code OVERHEID}), {@code region} (a region slug, absent for a national
 * organisation) and {@code website} (an absolute http(s) address, optional).
 *
 * <pre>{@code
 * new OrganisationInput("friesland-college", "Friesland College", "ONDERWIJS",
 *     "noord-nederland", "https://www.frieslandcollege.nl");
 * }</pre>
 */
@JsonbVisibility(FieldAccess.class)
public final class OrganisationInput implements java.io.Serializable {

  @NotBlank
  @Size(max = Slug.MAX_LENGTH)
  @Pattern(regexp = Slug.PATTERN)
  private String slug;

  @NotBlank
  @Size(max = Organisation.MAX_NAME_LENGTH)
  private String name;

  @NotNull
  @Pattern(
      regexp = "(?i)\\s*(BEDRIJFSLEVEN|ONDERWIJS|OVERHEID)\\s*",
      message = "must be BEDRIJFSLEVEN, ONDERWIJS or OVERHEID")
  private String kind;

  @Size(max = Slug.MAX_LENGTH)
  private String region;

  @Size(max = Organisation.MAX_WEBSITE_LENGTH)
  private String website;

  /** For JSON-B. */
  public OrganisationInput() {}

  /** All fields; see the class documentation. */
  public OrganisationInput(String slug, String name, String kind, String region, String website) {
    this.slug = slug;
    this.name = name;
    this.kind = kind;
    this.region = region;
    this.website = website;
  }

  /** The same fields with another slug. */
  public OrganisationInput withSlug(String newSlug) {
    return new OrganisationInput(newSlug, name, kind, region, website);
  }

  /** The slug. */
  public String slug() {
    return slug;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The kind's name. */
  public String kind() {
    return kind;
  }

  /** The region's slug, or {@code null} for a national organisation. */
  public String region() {
    return region;
  }

  /** The website, or {@code null}. */
  public String website() {
    return website;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrganisationInput other
        && Objects.equals(slug, other.slug)
        && Objects.equals(name, other.name)
        && Objects.equals(kind, other.kind)
        && Objects.equals(region, other.region)
        && Objects.equals(website, other.website);
  }

  @Override
  public int hashCode() {
    return Objects.hash(slug, name, kind, region, website);
  }

  @Override
  public String toString() {
    return "OrganisationInput " + slug;
  }
}
