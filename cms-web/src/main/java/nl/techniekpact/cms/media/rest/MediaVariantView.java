package nl.techniekpact.cms.media.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One served size of an image.
 *
 * @param name {@code thumbnail} (fits 320 × 320), {@code card} (800 × 600) or {@code hero} (1920 ×
 *     1080)
 * @param location its path, served with a one-year immutable cache lifetime
 * @param mediaType {@code image/jpeg}, or {@code image/png} for images with transparency
 * @param width its width
 * @param height its height
 * @param bytes its size
 */
@Schema(name = "MediaVariantView")
public record MediaVariantView(
    @Schema(
            required = true,
            example = "card",
            enumeration = {"thumbnail", "card", "hero"})
        String name,
    @Schema(required = true, example = "/media/3f2a9c0d1e5b7a4c8d21/card.jpg") String location,
    @Schema(required = true, example = "image/jpeg") String mediaType,
    @Schema(required = true, example = "800") int width,
    @Schema(required = true, example = "600") int height,
    @Schema(required = true, example = "81234") long bytes) {}
