package nl.techniekpact.cms.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An image in the library, without its bytes.
 *
 * @param id the id, as in {@code /api/v1/media/{id}}
 * @param key the first 20 hex digits of the upload's SHA-256, as in its URLs
 * @param fileName the name the file was uploaded with (for finding it again; never trusted)
 * @param format the format it was uploaded in
 * @param width the upright width of the upload, in pixels
 * @param height the upright height of the upload, in pixels
 * @param byteSize the size of the upload, in bytes
 * @param altTextNl the Dutch alternative text, never blank
 * @param altTextEn the English alternative text, or null
 * @param uploadedBy the username of the uploader
 * @param uploadedAt when it was uploaded
 * @param version its version, 1 at upload and one more with every change of its texts
 * @param variants its variants, smallest first
 */
public record MediaItem(
    long id,
    String key,
    String fileName,
    ImageFormat format,
    int width,
    int height,
    long byteSize,
    String altTextNl,
    String altTextEn,
    String uploadedBy,
    Instant uploadedAt,
    long version,
    List<StoredVariant> variants) {

  /** Copies the variants. */
  public MediaItem {
    variants = List.copyOf(variants);
  }

  /**
   * A stored variant, without its bytes.
   *
   * @param variant which size
   * @param mediaType {@code image/jpeg} or {@code image/png}
   * @param width its width in pixels
   * @param height its height in pixels
   * @param byteSize its size in bytes
   */
  public record StoredVariant(
      Variant variant, String mediaType, int width, int height, long byteSize) {}

  /** The same image with these variants. */
  public MediaItem withVariants(List<StoredVariant> stored) {
    return new MediaItem(
        id,
        key,
        fileName,
        format,
        width,
        height,
        byteSize,
        altTextNl,
        altTextEn,
        uploadedBy,
        uploadedAt,
        version,
        stored);
  }

  /** One of its variants. */
  public Optional<StoredVariant> variant(Variant variant) {
    return variants.stream().filter(v -> v.variant() == variant).findFirst();
  }

  /** The public path of one of its variants, such as {@code /media/0a1b…/card.jpg}. */
  public String location(Variant variant) {
    StoredVariant stored = variant(variant).orElseThrow();
    return MediaLocations.path(key, variant, stored.mediaType());
  }
}
