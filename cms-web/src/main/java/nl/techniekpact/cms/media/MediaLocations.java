package nl.techniekpact.cms.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public addresses of images: {@code /media/<key>/<variant>.<ext>}, relative to the CMS's
 * context path. The key names the uploaded content, so an address never shows other bytes and may
 * be cached forever. Content points at an image by putting such a path in the location of its
 * {@code ImageReference}; {@link #keyOf} finds the image again from any of its paths.
 *
 * <pre>{@code
 * MediaLocations.path("0a1b2c3d4e5f60718293", Variant.CARD, "image/jpeg");
 * // "/media/0a1b2c3d4e5f60718293/card.jpg"
 * }</pre>
 */
public final class MediaLocations {

  /** The servlet path the images are served under. */
  public static final String PREFIX = "/media/";

  /** Hex digits of the SHA-256 in a key: 80 bits, so a key cannot be guessed. */
  public static final int KEY_LENGTH = 20;

  private static final Pattern PATH =
      Pattern.compile("/media/([0-9a-f]{" + KEY_LENGTH + "})/(thumbnail|card|hero)\\.(jpg|png)");

  private MediaLocations() {}

  /** The path of a variant. */
  public static String path(String key, Variant variant, String mediaType) {
    return PREFIX + key + "/" + variant.urlName() + "." + VariantImage.extensionOf(mediaType);
  }

  /** The key of an image path such as {@code /media/<key>/card.jpg}; empty for any other. */
  public static Optional<String> keyOf(String location) {
    return parse(location).map(m -> m.group(1));
  }

  /** The parts of a path: key, variant name, extension. */
  static Optional<Matcher> parse(String location) {
    if (location == null) {
      return Optional.empty();
    }
    Matcher matcher = PATH.matcher(location);
    return matcher.matches() ? Optional.of(matcher) : Optional.empty();
  }
}
