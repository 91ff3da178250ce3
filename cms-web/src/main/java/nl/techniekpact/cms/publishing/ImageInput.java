package nl.techniekpact.cms.publishing;

import jakarta.json.bind.annotation.JsonbVisibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import nl.techniekpact.model.shared.ImageReference;

/**
 * An image as an editor refers to it: where it is ({@code location}: a path on this site or an
 * http(s) URL, such as {@code /media/make-it-move.jpg}) and its alternative text ({@code altText},
 * required). JSON-B fills it through its fields.
 */
@JsonbVisibility(FieldAccess.class)
public final class ImageInput implements java.io.Serializable {

  @NotBlank
  @Size(max = ImageReference.MAX_LOCATION_LENGTH)
  @Pattern(
      regexp = "(https?://|/)[^\\s\"'<>]*",
      message = "must be a path on this site or an http(s) URL")
  private String location;

  @NotBlank
  @Size(max = ImageReference.MAX_ALT_TEXT_LENGTH)
  private String altText;

  /** For JSON-B. */
  public ImageInput() {}

  /**
   * An image.
   *
   * @param location a path on this site or an http(s) URL
   * @param altText what the image shows, for people who cannot see it
   */
  public ImageInput(String location, String altText) {
    this.location = location;
    this.altText = altText;
  }

  /** The input of an image, or {@code null} for none. */
  public static ImageInput of(ImageReference image) {
    return image == null ? null : new ImageInput(image.getLocation(), image.getAltText());
  }

  /** Where the image is. */
  public String location() {
    return location;
  }

  /** The alternative text. */
  public String altText() {
    return altText;
  }

  /** The domain's image reference. */
  public ImageReference toReference() {
    return ImageReference.of(location, altText);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImageInput other
        && Objects.equals(location, other.location)
        && Objects.equals(altText, other.altText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, altText);
  }
}
