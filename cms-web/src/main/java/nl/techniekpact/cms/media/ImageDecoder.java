package nl.techniekpact.cms.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import nl.techniekpact.cms.media.MediaRefusedException.Reason;

/**
 * Decodes an upload as the format its magic bytes name, with that format's reader only, and refuses
 * anything that is not a whole, sane image: an unknown or other format (415), a file that does not
 * decode or decodes with warnings, as a truncated one does (415), and dimensions over the pixel
 * limit, checked from the header before any pixel is decoded (413). Readers are created directly,
 * never registered in the JVM-wide ImageIO registry, so nothing of the war stays behind on
 * undeploy.
 *
 * <pre>{@code
 * DecodedImage image = ImageDecoder.decode(bytes, MediaLimits.defaults());
 * }</pre>
 */
public final class ImageDecoder {

  /**
   * Images with more pixels than this factor times the largest variant are subsampled while
   * decoding, which keeps memory bounded; the variants are then resampled from the result.
   */
  private static final int HEADROOM = 2;

  private ImageDecoder() {}

  /**
   * Decodes an uploaded image.
   *
   * @throws MediaRefusedException {@code NOT_AN_IMAGE}, {@code UNREADABLE} or {@code
   *     TOO_MANY_PIXELS}
   */
  public static DecodedImage decode(byte[] bytes, MediaLimits limits) {
    ImageFormat format =
        ImageSniffer.sniff(bytes)
            .orElseThrow(
                () ->
                    new MediaRefusedException(
                        Reason.NOT_AN_IMAGE,
                        "The file is "
                            + ImageSniffer.describe(bytes)
                            + ", not a JPEG, PNG or WebP image."));
    ImageReader reader = ImageReaders.forFormat(format);
    List<String> warnings = new ArrayList<>();
    BufferedImage stored;
    int storedWidth;
    int storedHeight;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      storedWidth = reader.getWidth(0);
      storedHeight = reader.getHeight(0);
      checkSize(storedWidth, storedHeight, limits);
      ImageReadParam param = reader.getDefaultReadParam();
      int step = subsampling(storedWidth, storedHeight);
      if (step > 1) {
        param.setSourceSubsampling(step, step, 0, 0);
      }
      stored = reader.read(0, param);
    } catch (MediaRefusedException refused) {
      throw refused;
    } catch (IOException | RuntimeException broken) {
      throw unreadable(format, broken.getMessage());
    } finally {
      reader.dispose();
    }
    if (!warnings.isEmpty()) {
      throw unreadable(format, warnings.get(0));
    }
    int orientation =
        format == ImageFormat.JPEG ? ExifOrientation.of(bytes) : ExifOrientation.UPRIGHT;
    boolean swap = ExifOrientation.swapsSides(orientation);
    BufferedImage upright = upright(stored, orientation);
    return new DecodedImage(
        format,
        swap ? storedHeight : storedWidth,
        swap ? storedWidth : storedHeight,
        upright,
        upright.getType() == BufferedImage.TYPE_INT_ARGB && hasTransparency(upright));
  }

  private static void checkSize(int width, int height, MediaLimits limits) {
    if (width < 1 || height < 1) {
      throw unreadable(null, "no dimensions");
    }
    if (width > MediaLimits.MAX_SIDE
        || height > MediaLimits.MAX_SIDE
        || (long) width * height > limits.maxPixels()) {
      throw new MediaRefusedException(
          Reason.TOO_MANY_PIXELS,
          "The image is "
              + width
              + " × "
              + height
              + " pixels; at most "
              + limits.maxPixels()
              + " pixels in all, and at most "
              + MediaLimits.MAX_SIDE
              + " on a side, are accepted.");
    }
  }

  private static int subsampling(int width, int height) {
    Variant largest = Variant.largest();
    int byWidth = width / (HEADROOM * largest.maxWidth());
    int byHeight = height / (HEADROOM * largest.maxHeight());
    return Math.max(1, Math.min(byWidth, byHeight));
  }

  private static MediaRefusedException unreadable(ImageFormat format, String why) {
    return new MediaRefusedException(
        Reason.UNREADABLE,
        "The file starts like a "
            + (format == null ? "known" : format.name())
            + " image but cannot be read as one: it is damaged or incomplete"
            + (why == null || why.isBlank() ? "." : " (" + why.strip() + ")."));
  }

  /** The pixels upright and in sRGB, as {@code TYPE_INT_RGB}, or {@code TYPE_INT_ARGB}. */
  private static BufferedImage upright(BufferedImage stored, int orientation) {
    boolean swap = ExifOrientation.swapsSides(orientation);
    int width = swap ? stored.getHeight() : stored.getWidth();
    int height = swap ? stored.getWidth() : stored.getHeight();
    boolean alpha = stored.getColorModel().hasAlpha();
    BufferedImage upright =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = upright.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(
          RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
      g.drawImage(
          stored,
          ExifOrientation.transform(orientation, stored.getWidth(), stored.getHeight()),
          null);
    } finally {
      g.dispose();
    }
    return upright;
  }

  private static boolean hasTransparency(BufferedImage argb) {
    Raster alpha = argb.getAlphaRaster();
    int[] row = new int[argb.getWidth()];
    for (int y = 0; y < argb.getHeight(); y++) {
      alpha.getSamples(0, y, argb.getWidth(), 1, 0, row);
      for (int a : row) {
        if (a != 255) {
          return true;
        }
      }
    }
    return false;
  }
}
