package nl.techniekpact.cms.media;

import java.awt.image.BufferedImage;

/**
 * An uploaded image after decoding: upright (its EXIF orientation applied), in sRGB, with or
 * without alpha, and its size as uploaded.
 *
 * @param format the format it was uploaded in
 * @param width the upright width of the uploaded image, in pixels
 * @param height the upright height of the uploaded image, in pixels
 * @param pixels the upright pixels ({@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}); possibly
 *     subsampled, but never smaller than twice the largest variant needs
 * @param transparent whether any pixel is not fully opaque
 */
public record DecodedImage(
    ImageFormat format, int width, int height, BufferedImage pixels, boolean transparent) {}
