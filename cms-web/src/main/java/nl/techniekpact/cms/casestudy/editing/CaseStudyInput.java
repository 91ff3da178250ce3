package nl.techniekpact.cms.casestudy.editing;

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
import nl.techniekpact.model.shared.Slug;

/**
 * The editable fields of a case, as the back office and the API send them (the same shape the read
 * API shows a case in): {@code slug} (unique, fixed once created), {@code title}, {@code subtitle}
 * (optional), {@code summary}, {@code body} (rich text: HTML, sanitized), {@code region} (a region
 * slug, absent for a national case), {@code goals} (numbers of the current pact's goals), {@code
 * educationLevels} ({@code PO}, {@code VO}, {@code MBO}, {@code HBO_WO}), {@code partners}
 * (organisation slugs) and {@code photo} (optional). Immutable once built; JSON-B fills it through
 * its fields.
 *
 * <pre>{@code
 * new CaseStudyInput("make-it-move", new TextInput("Make it Move", null), null,
 *     new TextInput("Programmeerles op het Friesland College", null),
 *     new TextInput("<p>Docenten en studenten ...</p>", null),
 *     "noord-nederland", List.of(8), List.of("MBO"), List.of("friesland-college"), null);
 * }</pre>
 */
@JsonbVisibility(FieldAccess.class)
public final class CaseStudyInput implements EditInput {

  @NotBlank
  @Size(max = Slug.MAX_LENGTH)
  @Pattern(regexp = Slug.PATTERN)
  private String slug;

  @NotNull @Valid private TextInput title;
  @Valid private TextInput subtitle;
  @NotNull @Valid private TextInput summary;
  @Valid private TextInput body;
  private String region;

  @Size(max = 100)
  private List<Integer> goals;

  @Size(max = 10)
  private List<String> educationLevels;

  @Size(max = 100)
  private List<String> partners;

  @Valid private ImageInput photo;

  /** For JSON-B. */
  public CaseStudyInput() {}

  /** All fields; see the class documentation. */
  public CaseStudyInput(
      String slug,
      TextInput title,
      TextInput subtitle,
      TextInput summary,
      TextInput body,
      String region,
      List<Integer> goals,
      List<String> educationLevels,
      List<String> partners,
      ImageInput photo) {
    this.slug = slug;
    this.title = title;
    this.subtitle = subtitle;
    this.summary = summary;
    this.body = body;
    this.region = region;
    this.goals = goals;
    this.educationLevels = educationLevels;
    this.partners = partners;
    this.photo = photo;
  }

  /** The same fields with another body. */
  public CaseStudyInput withBody(TextInput newBody) {
    return new CaseStudyInput(
        slug, title, subtitle, summary, newBody, region, goals, educationLevels, partners, photo);
  }

  /** The same fields with another slug. */
  public CaseStudyInput withSlug(String newSlug) {
    return new CaseStudyInput(
        newSlug, title, subtitle, summary, body, region, goals, educationLevels, partners, photo);
  }

  @Override
  public String slug() {
    return slug;
  }

  /** The title. */
  public TextInput title() {
    return title;
  }

  /** The subtitle, or {@code null}. */
  public TextInput subtitle() {
    return subtitle;
  }

  /** The summary. */
  public TextInput summary() {
    return summary;
  }

  /** The body (HTML), or {@code null}. */
  public TextInput body() {
    return body;
  }

  /** The region's slug, or {@code null} for a national case. */
  public String region() {
    return region;
  }

  /** The goal numbers, never {@code null}. */
  public List<Integer> goals() {
    return goals == null ? List.of() : goals;
  }

  /** The education levels, never {@code null}. */
  public List<String> educationLevels() {
    return educationLevels == null ? List.of() : educationLevels;
  }

  /** The partner slugs, never {@code null}. */
  public List<String> partners() {
    return partners == null ? List.of() : partners;
  }

  /** The photo, or {@code null}. */
  public ImageInput photo() {
    return photo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseStudyInput other
        && Objects.equals(slug, other.slug)
        && Objects.equals(title, other.title)
        && Objects.equals(subtitle, other.subtitle)
        && Objects.equals(summary, other.summary)
        && Objects.equals(body, other.body)
        && Objects.equals(region, other.region)
        && goals().equals(other.goals())
        && educationLevels().equals(other.educationLevels())
        && partners().equals(other.partners())
        && Objects.equals(photo, other.photo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(slug, title, summary, region);
  }

  @Override
  public String toString() {
    return "CaseStudyInput " + slug;
  }
}
