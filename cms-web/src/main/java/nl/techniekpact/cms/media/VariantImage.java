package nl.techniekpact.cms.media;

/**
 * One encoded variant of an image, as stored and served.
 *
 * @param variant which size
 * @param mediaType {@code image/jpeg}, or {@code image/png} for an image with transparency
 * @param width its width in pixels
 * @param height its height in pixels
 * @param bytes the encoded image, without any metadata
 */
public record VariantImage(Variant variant, String mediaType, int width, int height, byte[] bytes) {

  /** The file extension of its media type: {@code jpg} or {@code png}. */
  public String extension() {
    return extensionOf(mediaType);
  }

  /** The file extension of a variant media type. */
  public static String extensionOf(String mediaType) {
    return ImageFormat.PNG.mediaType().equals(mediaType) ? "png" : "jpg";
  }
}
