package nl.techniekpact.cms.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The sizes every image is made in, each fitted inside its box with its proportions kept and never
 * enlarged: a thumbnail for lists and the library grid, a card for teasers, a hero for the top of a
 * page. Their names are part of the public URLs ({@code /media/<key>/card.jpg}).
 */
public enum Variant {
  THUMBNAIL(320, 320),
  CARD(800, 600),
  HERO(1920, 1080);

  private final int maxWidth;
  private final int maxHeight;

  Variant(int maxWidth, int maxHeight) {
    this.maxWidth = maxWidth;
    this.maxHeight = maxHeight;
  }

  /** The width of the box, in pixels. */
  public int maxWidth() {
    return maxWidth;
  }

  /** The height of the box, in pixels. */
  public int maxHeight() {
    return maxHeight;
  }

  /** The name in URLs and the API: {@code thumbnail}, {@code card}, {@code hero}. */
  public String urlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The variant of a URL name. */
  public static Optional<Variant> fromUrlName(String name) {
    return Arrays.stream(values()).filter(v -> v.urlName().equals(name)).findFirst();
  }

  /** The variant with the largest box. */
  public static Variant largest() {
    return HERO;
  }

  /** The size of an image of {@code width} × {@code height} fitted into this box: {w, h}. */
  public int[] fit(int width, int height) {
    double scale = Math.min(1.0, Math.min((double) maxWidth / width, (double) maxHeight / height));
    return new int[] {
      Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))
    };
  }
}
