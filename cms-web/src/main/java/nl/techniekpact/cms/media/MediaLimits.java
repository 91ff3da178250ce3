package nl.techniekpact.cms.media;

/**
 * How large an uploaded image may be: in bytes as uploaded, and in pixels once decoded, so a small
 * file that claims huge dimensions (a decompression bomb) is refused before it is decoded.
 *
 * @param maxBytes the largest upload, in bytes ({@value #MAX_BYTES})
 * @param maxPixels the most pixels (width times height) an image may have ({@value #MAX_PIXELS})
 */
public record MediaLimits(long maxBytes, long maxPixels) {

  /** MicroProfile Config key of {@link #maxBytes}. */
  public static final String MAX_BYTES = "cms.media.max-bytes";

  /** MicroProfile Config key of {@link #maxPixels}. */
  public static final String MAX_PIXELS = "cms.media.max-pixels";

  /** The default of {@link #maxBytes}: 8 MiB. */
  public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

  /** The default of {@link #maxPixels}: 40 megapixels. */
  public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

  /** The longest side any image may have, whatever the pixel limit. */
  public static final int MAX_SIDE = 20_000;

  /** Checks the limits. */
  public MediaLimits {
    if (maxBytes < 1 || maxPixels < 1) {
      throw new IllegalArgumentException("media limits must be positive");
    }
  }

  /** The default limits. */
  public static MediaLimits defaults() {
    return new MediaLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS);
  }
}
