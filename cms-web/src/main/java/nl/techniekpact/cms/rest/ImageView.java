package nl.techniekpact.cms.rest;

import nl.techniekpact.model.shared.ImageReference;

/**
 * An image as the API shows it.
 *
 * @param location where the image is, such as {@code /media/make-it-move.jpg}
 * @param altText the alternative text
 */
public record ImageView(String location, String altText) {

  /** The view of an image, or null for none. */
  public static ImageView of(ImageReference image) {
    return image == null ? null : new ImageView(image.getLocation(), image.getAltText());
  }
}
