package nl.techniekpact.cms.ambassador.editing;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import nl.techniekpact.cms.publishing.EditInput;
import nl.techniekpact.cms.publishing.FieldAccess;
import nl.techniekpact.cms.publishing.ImageInput;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.shared.Slug;

/**
 * The editable fields of an ambassador: {@code slug} (unique, fixed once created), {@code name},
 * {@code role} ({@code AANJAGER} or {@code AMBASSADEUR}), {@code teaser} (plain text, at most 2000
 * characters a language), {@code profile} (plain text; blank lines separate paragraphs; optional),
 * {@code photo} (an image of the media library or elsewhere, with its alternative text; optional),
 * {@code goals} (numbers of the current pact's goals) and {@code region} (a region slug, absent for
 * a national ambassador). JSON-B fills it through its fields.
 *
 * <pre>{@code
 * new AmbassadorInput("andre-kuipers", "André Kuipers", "AMBASSADEUR",
 *     new TextInput("Sciencefictionboekjes waren zijn inspiratie.", null), null,
 *     new ImageInput("/media/12/card", "André Kuipers voor een klas"), List.of(4), null);
 * }</pre>
 */
@JsonbVisibility(FieldAccess.class)
public final class AmbassadorInput implements EditInput {

  @NotBlank
  @Size(max = Slug.MAX_LENGTH)
  @Pattern(regexp = Slug.PATTERN)
  private String slug;

  @NotBlank
  @Size(max = Ambassador.MAX_NAME_LENGTH)
  private String name;

  @NotBlank
  @Pattern(regexp = "AANJAGER|AMBASSADEUR", message = "must be AANJAGER or AMBASSADEUR")
  private String role;

  @NotNull @Valid private TextInput teaser;
  @Valid private TextInput profile;
  @Valid private ImageInput photo;

  @Size(max = 100)
  private List<Integer> goals;

  private String region;

  /** For JSON-B. */
  public AmbassadorInput() {}

  /** All fields; see the class documentation. */
  public AmbassadorInput(
      String slug,
      String name,
      String role,
      TextInput teaser,
      TextInput profile,
      ImageInput photo,
      List<Integer> goals,
      String region) {
    this.slug = slug;
    this.name = name;
    this.role = role;
    this.teaser = teaser;
    this.profile = profile;
    this.photo = photo;
    this.goals = goals;
    this.region = region;
  }

  /** The same fields with another slug. */
  public AmbassadorInput withSlug(String newSlug) {
    return new AmbassadorInput(newSlug, name, role, teaser, profile, photo, goals, region);
  }

  @Override
  public String slug() {
    return slug;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The role, {@code AANJAGER} or {@code AMBASSADEUR}. */
  public String role() {
    return role;
  }

  /** The teaser. */
  public TextInput teaser() {
    return teaser;
  }

  /** The profile, or {@code null}. */
  public TextInput profile() {
    return profile;
  }

  /** The photo, or {@code null}. */
  public ImageInput photo() {
    return photo;
  }

  /** The goal numbers, never {@code null}. */
  public List<Integer> goals() {
    return goals == null ? List.of() : goals;
  }

  /** The region's slug, or {@code null} for a national ambassador. */
  public String region() {
    return region;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmbassadorInput other
        && Objects.equals(slug, other.slug)
        && Objects.equals(name, other.name)
        && Objects.equals(role, other.role)
        && Objects.equals(teaser, other.teaser)
        && Objects.equals(profile, other.profile)
        && Objects.equals(photo, other.photo)
        && goals().equals(other.goals())
        && Objects.equals(region, other.region);
  }

  @Override
  public int hashCode() {
    return Objects.hash(slug, name, role, region);
  }

  @Override
  public String toString() {
    return "AmbassadorInput " + slug;
  }
}
