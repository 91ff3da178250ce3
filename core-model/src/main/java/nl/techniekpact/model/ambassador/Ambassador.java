package nl.techniekpact.model.ambassador;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.ImageReference;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.PublishableEntity;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * A face of the Techniekpact: the aanjager (who drives it, such as Doekle Terpstra) or an
 * ambassadeur (such as André Kuipers). A teaser for the home page, a full profile, a photo, and the
 * goals they stand for; optionally the landsdeel they belong to (since 0.3.0), which decides which
 * regional editors may edit them.
 *
 * <pre>{@code
 * Ambassador andre = new Ambassador(Slug.of("andre-kuipers"), "André Kuipers",
 *     AmbassadorRole.AMBASSADEUR, LocalizedText.of("Sciencefictionboekjes waren zijn inspiratie ..."));
 * andre.writeProfile(LocalizedText.of("..."));
 * andre.portray(ImageReference.of("/media/andre-kuipers.jpg", "André Kuipers voor een klas"));
 * andre.linkGoal(pact.goal(4).orElseThrow());
 * }</pre>
 *
 * <p>Table {@code ambassador} (its region in {@code region_id}); linked goals in {@code
 * ambassador_goal}.
 *
 * @since 0.1.0
 */
@Entity
@Table(name = "ambassador")
public class Ambassador extends PublishableEntity {

  /** The maximum length of a name. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The maximum length of a teaser in each language. */
  public static final int MAX_TEASER_LENGTH = 2000;

  @NotNull @Valid @Embedded private Slug slug;

  @NotBlank
  @Size(max = MAX_NAME_LENGTH)
  @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private AmbassadorRole role;

  @NotNull
  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "teaser_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "teaser_en"))
  private LocalizedText teaser;

  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "profile_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "profile_en"))
  private LocalizedText profile;

  @Valid
  @Embedded
  @AttributeOverride(name = "location", column = @Column(name = "photo_location"))
  @AttributeOverride(name = "altText", column = @Column(name = "photo_alt_text"))
  private ImageReference photo;

  @ManyToOne
  @JoinColumn(name = "region_id")
  private Region region;

  @ManyToMany
  @JoinTable(
      name = "ambassador_goal",
      joinColumns = @JoinColumn(name = "ambassador_id"),
      inverseJoinColumns = @JoinColumn(name = "goal_id"))
  private Set<Goal> goals = new HashSet<>();

  /** For JPA only. */
  protected Ambassador() {}

  /**
   * Creates a draft ambassador.
   *
   * @param slug the slug, unique among ambassadors
   * @param name the person's name
   * @param role aanjager or ambassadeur
   * @param teaser the short text for the home page
   * @throws nl.techniekpact.model.shared.DomainException naming the field when a value is missing
   *     or too long
   */
  public Ambassador(Slug slug, String name, AmbassadorRole role, LocalizedText teaser) {
    this.slug = Require.present("slug", slug);
    rename(name);
    assignRole(role);
    rewriteTeaser(teaser);
  }

  /**
   * Corrects the name.
   *
   * @param newName the name
   */
  public void rename(String newName) {
    this.name = Require.text("name", newName, MAX_NAME_LENGTH);
  }

  /**
   * Changes the role.
   *
   * @param newRole aanjager or ambassadeur
   */
  public void assignRole(AmbassadorRole newRole) {
    this.role = Require.present("role", newRole);
  }

  /**
   * Rewrites the teaser shown on the home page.
   *
   * @param text the teaser, required
   */
  public void rewriteTeaser(LocalizedText text) {
    this.teaser = Require.present("teaser", text).requireMaxLength("teaser", MAX_TEASER_LENGTH);
  }

  /**
   * Writes the full profile.
   *
   * @param text the profile, or {@code null}
   */
  public void writeProfile(LocalizedText text) {
    this.profile = text;
  }

  /**
   * Sets the photo.
   *
   * @param image the photo with its alternative text, or {@code null} to remove it
   */
  public void portray(ImageReference image) {
    this.photo = image;
  }

  /**
   * Links a goal this person stands for.
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
   * The slug.
   *
   * @return for example {@code andre-kuipers}
   */
  public Slug getSlug() {
    return slug;
  }

  /**
   * Places the ambassador in a landsdeel.
   *
   * @param newRegion the region, or {@code null} for a national ambassador
   * @since 0.3.0
   */
  public void locateIn(Region newRegion) {
    this.region = newRegion;
  }

  /**
   * The landsdeel the ambassador belongs to.
   *
   * @return the region, if not national
   * @since 0.3.0
   */
  public Optional<Region> getRegion() {
    return Optional.ofNullable(region);
  }

  /**
   * The name.
   *
   * @return for example {@code "André Kuipers"}
   */
  public String getName() {
    return name;
  }

  /**
   * The role.
   *
   * @return aanjager or ambassadeur
   */
  public AmbassadorRole getRole() {
    return role;
  }

  /**
   * The teaser.
   *
   * @return the teaser
   */
  public LocalizedText getTeaser() {
    return teaser;
  }

  /**
   * The full profile.
   *
   * @return the profile or {@code null}
   */
  public LocalizedText getProfile() {
    return profile;
  }

  /**
   * The photo.
   *
   * @return the photo or {@code null}
   */
  public ImageReference getPhoto() {
    return photo;
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

  @Override
  public String toString() {
    return "Ambassador " + slug;
  }
}
