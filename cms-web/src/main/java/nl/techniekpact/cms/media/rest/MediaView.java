package nl.techniekpact.cms.media.rest;

import java.util.List;
import nl.techniekpact.cms.media.MediaItem;
import nl.techniekpact.cms.media.MediaLocations;
import nl.techniekpact.cms.media.Variant;
import nl.techniekpact.cms.rest.Iso;
import nl.techniekpact.cms.rest.TextView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An image of the library as the API shows it.
 *
 * @param id the id, as in {@code /api/v1/media/{id}}
 * @param location the path of the card variant, for the location of an image reference in content
 * @param fileName the name it was uploaded with
 * @param format the format it was uploaded in
 * @param width the upright width of the upload
 * @param height the upright height of the upload
 * @param bytes the size of the upload
 * @param altText the alternative text, Dutch and optionally English
 * @param variants the served sizes, smallest first
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param usedBy the items that show it ({@code case:<slug>}, {@code ambassador:<slug>}); only on a
 *     single image
 */
@Schema(name = "MediaView")
public record MediaView(
    @Schema(required = true, example = "12") long id,
    @Schema(required = true, example = "/media/3f2a9c0d1e5b7a4c8d21/card.jpg") String location,
    @Schema(required = true, example = "klas-robot.jpg") String fileName,
    @Schema(
            required = true,
            example = "JPEG",
            enumeration = {"JPEG", "PNG", "WEBP"})
        String format,
    @Schema(required = true, example = "4000") int width,
    @Schema(required = true, example = "3000") int height,
    @Schema(required = true, example = "2481503") long bytes,
    @Schema(required = true) TextView altText,
    List<MediaVariantView> variants,
    @Schema(required = true, example = "eva") String uploadedBy,
    @Schema(required = true, format = "date-time", example = "2026-11-28T07:30:00Z")
        String uploadedAt,
    List<String> usedBy) {

  /** The view of an image in a list (without its uses). */
  public static MediaView of(MediaItem image) {
    return of(image, null);
  }

  /** The view of one image, with its uses. */
  public static MediaView of(MediaItem image, List<String> usedBy) {
    return new MediaView(
        image.id(),
        image.location(Variant.CARD),
        image.fileName(),
        image.format().name(),
        image.width(),
        image.height(),
        image.byteSize(),
        new TextView(image.altTextNl(), image.altTextEn()),
        image.variants().stream()
            .map(
                v ->
                    new MediaVariantView(
                        v.variant().urlName(),
                        MediaLocations.path(image.key(), v.variant(), v.mediaType()),
                        v.mediaType(),
                        v.width(),
                        v.height(),
                        v.byteSize()))
            .toList(),
        image.uploadedBy(),
        Iso.instant(image.uploadedAt()),
        usedBy);
  }
}
