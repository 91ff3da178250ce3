package nl.techniekpact.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.DeletableEntity;
import nl.techniekpact.model.shared.InvalidValueException;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * A partner organisation (partnerorganisatie) from bedrijfsleven, onderwijs or overheid, such as
 * the Friesland College; case studies name their partners.
 *
 * <pre>{@code
 * Organisation college = new Organisation(Slug.of("friesland-college"), "Friesland College",
 *     OrganisationKind.ONDERWIJS);
 * college.locateIn(noord);
 * college.changeWebsite("https://www.frieslandcollege.nl");
 * }</pre>
 *
 * <p>Table {@code organisation}.
 *
 * @since 0.1.0
 */
@Entity
@Table(name = "organisation")
public class Organisation extends DeletableEntity {

  /** The maximum length of a name. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The maximum length of a website address. */
  public static final int MAX_WEBSITE_LENGTH = 500;

  @NotNull @Valid @Embedded private Slug slug;

  @NotBlank
  @Size(max = MAX_NAME_LENGTH)
  @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private OrganisationKind kind;

  @ManyToOne
  @JoinColumn(name = "region_id")
  private Region region;

  @Size(max = MAX_WEBSITE_LENGTH)
  @Pattern(regexp = "https?://\\S+")
  @Column(name = "website", length = MAX_WEBSITE_LENGTH)
  private String website;

  /** For JPA only. */
  protected Organisation() {}

  /**
   * Creates an organisation without region or website.
   *
   * @param slug its slug, unique among organisations
   * @param name its name
   * @param kind which party of the pact it belongs to
   * @throws nl.techniekpact.model.shared.DomainException naming the field when a value is missing
   *     or too long
   */
  public Organisation(Slug slug, String name, OrganisationKind kind) {
    this.slug = Require.present("slug", slug);
    rename(name);
    this.kind = Require.present("kind", kind);
  }

  /**
   * Renames the organisation.
   *
   * @param newName the name
   */
  public void rename(String newName) {
    this.name = Require.text("name", newName, MAX_NAME_LENGTH);
  }

  /**
   * Changes which party of the pact it belongs to.
   *
   * @param newKind the kind
   */
  public void reclassify(OrganisationKind newKind) {
    this.kind = Require.present("kind", newKind);
  }

  /**
   * Places the organisation in a landsdeel.
   *
   * @param newRegion the region, or {@code null} for a national organisation
   */
  public void locateIn(Region newRegion) {
    this.region = newRegion;
  }

  /**
   * Sets the website.
   *
   * @param url an absolute {@code http} or {@code https} address, or {@code null}
   * @throws InvalidValueException naming {@code website} when it is not such an address
   */
  public void changeWebsite(String url) {
    String value = Require.optionalText("website", url, MAX_WEBSITE_LENGTH);
    if (value != null) {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme();
        if (uri.getHost() == null
            || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
          throw new InvalidValueException(
              "website", value, "use an absolute http:// or https:// address");
        }
      } catch (URISyntaxException e) {
        throw new InvalidValueException("website", value, e.getReason());
      }
    }
    this.website = value;
  }

  /**
   * The slug.
   *
   * @return for example {@code friesland-college}
   */
  public Slug getSlug() {
    return slug;
  }

  /**
   * The name.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Which party of the pact it belongs to.
   *
   * @return the kind
   */
  public OrganisationKind getKind() {
    return kind;
  }

  /**
   * The landsdeel.
   *
   * @return the region, if not national
   */
  public Optional<Region> getRegion() {
    return Optional.ofNullable(region);
  }

  /**
   * The website.
   *
   * @return the address or {@code null}
   */
  public String getWebsite() {
    return website;
  }

  @Override
  public String toString() {
    return "Organisation " + slug;
  }
}
