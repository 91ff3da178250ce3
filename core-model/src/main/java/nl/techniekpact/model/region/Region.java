package nl.techniekpact.model.region;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.techniekpact.model.shared.InvalidValueException;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.MissingValueException;
import nl.techniekpact.model.shared.PublishableEntity;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * A region (landsdeel) in which the Techniekpact is carried out: overheden, onderwijsinstellingen
 * and bedrijfsleven working together. There are five; each covers one or more {@link Province
 * provinces} and states its ambitions.
 *
 * <pre>{@code
 * Region noord = new Region(Slug.of("noord-nederland"), "Noord-Nederland",
 *     List.of(Province.GRONINGEN, Province.FRIESLAND, Province.DRENTHE));
 * noord.describeAmbitions(LocalizedText.of("Meer jongeren kiezen voor techniek ..."));
 * noord.assignContact(Contact.of("Techniekpact Noord", "noord@example.org", null));
 * noord.publish(Instant.now());
 * }</pre>
 *
 * <p>A region can be marked {@linkplain #needsConfirmation() to be confirmed} by an editor, as the
 * seed does for the three landsdelen whose names are placeholders. Table {@code region}; provinces
 * in {@code region_province}.
 *
 * @since 0.1.0
 */
@Entity
@Table(name = "region")
public class Region extends PublishableEntity {

  /** The maximum length of a name. */
  public static final int MAX_NAME_LENGTH = 200;

  @NotNull @Valid @Embedded private Slug slug;

  @NotBlank
  @Size(max = MAX_NAME_LENGTH)
  @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @ElementCollection
  @CollectionTable(name = "region_province", joinColumns = @JoinColumn(name = "region_id"))
  @OrderColumn(name = "list_index")
  @Enumerated(EnumType.STRING)
  @Column(name = "province", nullable = false, length = 30)
  private List<Province> provinces = new ArrayList<>();

  @Valid
  @Embedded
  @AttributeOverride(name = "nl", column = @Column(name = "ambitions_nl"))
  @AttributeOverride(name = "en", column = @Column(name = "ambitions_en"))
  private LocalizedText ambitions;

  @Valid @Embedded private Contact contact;

  @Column(name = "needs_confirmation", nullable = false)
  private boolean needsConfirmation;

  /** For JPA only. */
  protected Region() {}

  /**
   * Creates a draft region.
   *
   * @param slug its slug, unique among regions
   * @param name its name, for example {@code "Noord-Nederland"}
   * @param provinces the provinces it covers, at least one, each once
   * @throws nl.techniekpact.model.shared.DomainException naming the field when a value is missing,
   *     too long or repeated
   */
  public Region(Slug slug, String name, List<Province> provinces) {
    this.slug = Require.present("slug", slug);
    rename(name);
    cover(provinces);
  }

  /**
   * Renames the region.
   *
   * @param newName the name
   */
  public void rename(String newName) {
    this.name = Require.text("name", newName, MAX_NAME_LENGTH);
  }

  /**
   * Sets the provinces the region covers, in the order they are shown.
   *
   * @param newProvinces at least one province, each once
   * @throws InvalidValueException when empty or a province is repeated
   */
  public void cover(List<Province> newProvinces) {
    if (newProvinces == null || newProvinces.isEmpty()) {
      throw new InvalidValueException("provinces", newProvinces, "at least one is required");
    }
    if (newProvinces.stream().distinct().count() != newProvinces.size()) {
      throw new InvalidValueException("provinces", newProvinces, "a province is listed twice");
    }
    if (newProvinces.stream().anyMatch(Objects::isNull)) {
      throw new MissingValueException("provinces[]", null);
    }
    provinces.clear();
    provinces.addAll(newProvinces);
  }

  /**
   * Describes the ambitions (ambities) of the region.
   *
   * @param text the ambitions, or {@code null} to remove them
   */
  public void describeAmbitions(LocalizedText text) {
    this.ambitions = text;
  }

  /**
   * Sets who to contact.
   *
   * @param newContact the contact, or {@code null} to remove it
   */
  public void assignContact(Contact newContact) {
    this.contact = newContact;
  }

  /** Marks the region as needing an editor's confirmation (for example of its name). */
  public void markForConfirmation() {
    this.needsConfirmation = true;
  }

  /** Records that an editor confirmed the region's name and provinces. */
  public void confirm() {
    this.needsConfirmation = false;
  }

  /**
   * The slug.
   *
   * @return for example {@code noord-nederland}
   */
  public Slug getSlug() {
    return slug;
  }

  /**
   * The name.
   *
   * @return for example {@code "Noord-Nederland"}
   */
  public String getName() {
    return name;
  }

  /**
   * The provinces, in display order.
   *
   * @return a copy
   */
  public List<Province> getProvinces() {
    return List.copyOf(provinces);
  }

  /**
   * The ambitions.
   *
   * @return the text or {@code null}
   */
  public LocalizedText getAmbitions() {
    return ambitions;
  }

  /**
   * Who to contact.
   *
   * @return the contact or {@code null}
   */
  public Contact getContact() {
    return contact;
  }

  /**
   * Whether an editor still has to confirm this region (name, provinces).
   *
   * @return {@code true} for a placeholder
   */
  public boolean needsConfirmation() {
    return needsConfirmation;
  }

  /**
   * Same as {@link #needsConfirmation()}, for expression languages that need a bean getter.
   *
   * @return {@code true} for a placeholder
   */
  public boolean isNeedsConfirmation() {
    return needsConfirmation;
  }

  @Override
  public String toString() {
    return "Region " + slug;
  }
}
