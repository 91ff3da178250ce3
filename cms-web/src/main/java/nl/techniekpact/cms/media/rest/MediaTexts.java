package nl.techniekpact.cms.media.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The alternative texts of an image, as {@code PUT /api/v1/media/{id}} takes them.
 *
 * @param altText what the image shows, in Dutch (required)
 * @param altTextEn the same in English, or absent or blank for none
 */
@Schema(name = "MediaTexts")
public record MediaTexts(
    @Schema(required = true, maxLength = 500, example = "Leerlingen bouwen een robot")
        String altText,
    @Schema(maxLength = 500, example = "Pupils building a robot") String altTextEn) {}
