package nl.techniekpact.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * A reference to an image (een foto) with its required alternative text (alt-tekst) for people who
 * cannot see it.
 *
 * <pre>{@code
 * ImageReference photo = ImageReference.of("/media/andre-kuipers.jpg", "André Kuipers in de klas");
 * ImageReference.of("/media/x.jpg", " "); // throws MissingValueException naming altText
 * }</pre>
 *
 * <p>The location is a URL or a path the media library understands; this library does not load it.
 * Mapped as an {@code @Embeddable}; uses name their columns ({@code photo_location}, {@code
 * photo_alt_text}).
 *
 * @since 0.1.0
 */
@Embeddable
public class ImageReference {

  /** The maximum length of a location. */
  public static final int MAX_LOCATION_LENGTH = 1000;

  /** The maximum length of an alternative text. */
  public static final int MAX_ALT_TEXT_LENGTH = 500;

  @NotBlank
  @Size(max = MAX_LOCATION_LENGTH)
  @Column(name = "location", length = MAX_LOCATION_LENGTH)
  private String location;

  @NotBlank
  @Size(max = MAX_ALT_TEXT_LENGTH)
  @Column(name = "alt_text", length = MAX_ALT_TEXT_LENGTH)
  private String altText;

  /** For JPA only. */
  protected ImageReference() {}

  private ImageReference(String location, String altText) {
    this.location = location;
    this.altText = altText;
  }

  /**
   * Creates an image reference.
   *
   * @param location a URL or media path, required
   * @param altText the Dutch alternative text, required
   * @return the reference
   * @throws MissingValueException when either is blank (fields {@code location}, {@code altText})
   * @throws InvalidValueException when either is too long
   */
  public static ImageReference of(String location, String altText) {
    return new ImageReference(
        Require.text("location", location, MAX_LOCATION_LENGTH),
        Require.text("altText", altText, MAX_ALT_TEXT_LENGTH));
  }

  /**
   * Where the image is.
   *
   * @return a URL or media path
   */
  public String getLocation() {
    return location;
  }

  /**
   * The alternative text.
   *
   * @return never blank
   */
  public String getAltText() {
    return altText;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageReference other
        && Objects.equals(location, other.location)
        && Objects.equals(altText, other.altText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, altText);
  }

  @Override
  public String toString() {
    return location + " (" + altText + ")";
  }
}
