package nl.techniekpact.model.casestudy;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.model.organisation.Organisation;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.ImageReference;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublishableEntity;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * A case study (praktijkvoorbeeld, "case"): how schools, companies and government in a landsdeel
 * work on the goals of the pact, such as "Make it Move" at the Friesland College. A title, a
 * subtitle or quote, a summary for lists, a body, and what it relates to: a region, goals,
 * education levels and partner organisations.
 *
 * <pre>{@code
 * CaseStudy makeItMove = new CaseStudy(Slug.of("make-it-move"), LocalizedText.of("Make it Move"),
 *     LocalizedText.of("Op het Friesland College staan docenten en studenten graag dichtbij ..."));
 * makeItMove.subtitle(LocalizedText.of("Iedereen wil programmeerles"));
 * makeItMove.locateIn(noordNederland);
 * makeItMove.linkGoal(pact.goal(8).orElseThrow());
 * makeItMove.addPartner(frieslandCollege);
 * makeItMove.concern(Set.of(EducationLevel.MBO));
 * makeItMove.publish(Instant.now());
 * }</pre>
 *
 * <p>Table {@code case_study}; links in {@code case_study_goal}, {@code case_study_organisation}
 * and {@code case_study_education_level}.
 *
 * @since 0.1.0
 */
@Entity
@Table(name = "case_study")
public class CaseStudy extends PublishableEntity {

  /** The maximum length of a title or subtitle in each language. */
  public static final int MAX_TITLE_LENGTH = 500;

  /** The maximum length of a summary in each language. */
  public static final int MAX_SUMMARY_LENGTH = 2000;

  @NotNull @Valid @Embedded private Slug slug;

  @NotNull
  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "title_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  private LocalizedText title;

  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "subtitle_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "subtitle_en"))
  private LocalizedText subtitle;

  @NotNull
  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "summary_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
  private LocalizedText summary;

  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "body_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "body_en"))
  private LocalizedText body;

  @ManyToOne
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToMany
  @JoinTable(
      name = "case_study_goal",
      joinColumns = @JoinColumn(name = "case_study_id"),
      inverseJoinColumns = @JoinColumn(name = "goal_id"))
  private Set<Goal> goals = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "case_study_education_level",
      joinColumns = @JoinColumn(name = "case_study_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "education_level", nullable = false, length = 20)
  private Set<EducationLevel> educationLevels = new HashSet<>();

  @ManyToMany
  @JoinTable(
      name = "case_study_organisation",
      joinColumns = @JoinColumn(name = "case_study_id"),
      inverseJoinColumns = @JoinColumn(name = "organisation_id"))
  private Set<Organisation> partners = new HashSet<>();

  @Valid
  @Embedded
  @AttributeOverride(name = "location", column = @Column(name = "photo_location"))
  @AttributeOverride(name = "altText", column = @Column(name = "photo_alt_text"))
  private ImageReference photo;

  /** For JPA only. */
  protected CaseStudy() {}

  /**
   * Creates a draft case without region, links or body.
   *
   * @param slug the slug, unique among cases
   * @param title the title, at most {@value #MAX_TITLE_LENGTH} characters per language
   * @param summary the summary shown in lists, at most {@value #MAX_SUMMARY_LENGTH} characters
   * @throws nl.techniekpact.model.shared.DomainException naming the field when a value is missing
   *     or too long
   */
  public CaseStudy(Slug slug, LocalizedText title, LocalizedText summary) {
    this.slug = Require.present("slug", slug);
    retitle(title);
    summarise(summary);
  }

  /**
   * Gives the case a new title.
   *
   * @param newTitle the title, required
   */
  public void retitle(LocalizedText newTitle) {
    this.title = Require.present("title", newTitle).requireMaxLength("title", MAX_TITLE_LENGTH);
  }

  /**
   * Sets the subtitle or quote shown under the title.
   *
   * @param text the subtitle, or {@code null}
   */
  public void subtitle(LocalizedText text) {
    this.subtitle = text == null ? null : text.requireMaxLength("subtitle", MAX_TITLE_LENGTH);
  }

  /**
   * Rewrites the summary shown in lists.
   *
   * @param text the summary, required
   */
  public void summarise(LocalizedText text) {
    this.summary = Require.present("summary", text).requireMaxLength("summary", MAX_SUMMARY_LENGTH);
  }

  /**
   * Writes the full story.
   *
   * @param text the body, or {@code null}
   */
  public void writeBody(LocalizedText text) {
    this.body = text;
  }

  /**
   * Places the case in a landsdeel.
   *
   * @param newRegion the region, or {@code null} for a national case
   */
  public void locateIn(Region newRegion) {
    this.region = newRegion;
  }

  /**
   * Links a goal of the pact the case contributes to.
   *
   * @param goal the goal
   */
  public void linkGoal(Goal goal) {
    goals.add(Require.present("goal", goal));
  }

  /**
   * Unlinks a goal.
   *
   * @param goal the goal
   */
  public void unlinkGoal(Goal goal) {
    goals.remove(goal);
  }

  /**
   * Sets the education levels and target groups the case concerns.
   *
   * @param levels the levels, {@code null} for none
   */
  public void concern(Set<EducationLevel> levels) {
    educationLevels.clear();
    if (levels != null) {
      educationLevels.addAll(levels);
    }
  }

  /**
   * Names a partner organisation.
   *
   * @param organisation the partner
   */
  public void addPartner(Organisation organisation) {
    partners.add(Require.present("partner", organisation));
  }

  /**
   * Removes a partner organisation.
   *
   * @param organisation the partner
   */
  public void removePartner(Organisation organisation) {
    partners.remove(organisation);
  }

  /**
   * Sets the photo.
   *
   * @param image the photo with its alternative text, or {@code null} to remove it
   */
  public void illustrate(ImageReference image) {
    this.photo = image;
  }

  /**
   * The slug.
   *
   * @return for example {@code make-it-move}
   */
  public Slug getSlug() {
    return slug;
  }

  /**
   * The title.
   *
   * @return the title
   */
  public LocalizedText getTitle() {
    return title;
  }

  /**
   * The subtitle or quote.
   *
   * @return the subtitle or {@code null}
   */
  public LocalizedText getSubtitle() {
    return subtitle;
  }

  /**
   * The summary.
   *
   * @return the summary
   */
  public LocalizedText getSummary() {
    return summary;
  }

  /**
   * The full story.
   *
   * @return the body or {@code null}
   */
  public LocalizedText getBody() {
    return body;
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
   * The linked goals, by pact and number; removed (softly deleted) goals are left out (since
   * 0.4.0).
   *
   * @return a sorted copy
   */
  public List<Goal> getGoals() {
    return goals.stream().filter(g -> !g.isDeleted()).sorted(Goal.BY_PACT_AND_NUMBER).toList();
  }

  /**
   * The education levels and target groups.
   *
   * @return a copy in the order of {@link EducationLevel}
   */
  public Set<EducationLevel> getEducationLevels() {
    return educationLevels.isEmpty()
        ? EnumSet.noneOf(EducationLevel.class)
        : EnumSet.copyOf(educationLevels);
  }

  /**
   * The partner organisations, by name; removed (softly deleted) ones are left out (since 0.4.0).
   *
   * @return a sorted copy
   */
  public List<Organisation> getPartners() {
    return partners.stream()
        .filter(o -> !o.isDeleted())
        .sorted(Comparator.comparing(Organisation::getName))
        .toList();
  }

  /**
   * The photo.
   *
   * @return the photo or {@code null}
   */
  public ImageReference getPhoto() {
    return photo;
  }

  @Override
  public String toString() {
    return "CaseStudy " + slug;
  }
}
