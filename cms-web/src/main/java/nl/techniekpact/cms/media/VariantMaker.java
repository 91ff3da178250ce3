package nl.techniekpact.cms.media;

import com.twelvemonkeys.image.ResampleOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the {@link Variant}s of a decoded image: resampled with a Lanczos filter (TwelveMonkeys'
 * {@link ResampleOp}), largest first so each smaller one is made from the one before, and encoded
 * afresh with the JDK's encoders, so no metadata of the upload (EXIF with GPS position, camera
 * serial numbers, comments) survives. Opaque images become JPEG (quality {@value #JPEG_QUALITY}),
 * images with transparency PNG.
 */
public final class VariantMaker {

  /** JPEG quality of the variants. */
  static final float JPEG_QUALITY = 0.85f;

  private VariantMaker() {}

  /** The variants of an image, smallest first. */
  public static List<VariantImage> make(DecodedImage image) {
    List<VariantImage> made = new ArrayList<>();
    BufferedImage source = image.pixels();
    Variant[] largestFirst = {Variant.HERO, Variant.CARD, Variant.THUMBNAIL};
    for (Variant variant : largestFirst) {
      int[] size = variant.fit(image.width(), image.height());
      BufferedImage resized = resize(source, size[0], size[1]);
      made.add(0, encode(variant, resized, image.transparent()));
      source = resized;
    }
    return made;
  }

  private static BufferedImage resize(BufferedImage source, int width, int height) {
    if (source.getWidth() == width && source.getHeight() == height) {
      return source;
    }
    BufferedImage resized =
        new ResampleOp(width, height, ResampleOp.FILTER_LANCZOS).filter(source, null);
    if (resized.getType() != source.getType()) {
      BufferedImage copy = new BufferedImage(width, height, source.getType());
      copy.getGraphics().drawImage(resized, 0, 0, null);
      return copy;
    }
    return resized;
  }

  private static VariantImage encode(Variant variant, BufferedImage image, boolean transparent) {
    String type = transparent ? ImageFormat.PNG.mediaType() : ImageFormat.JPEG.mediaType();
    ImageWriter writer = jdkWriter(transparent ? "png" : "jpeg");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (!transparent) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
      }
      BufferedImage pixels = transparent ? image : opaque(image);
      writer.write(null, new IIOImage(pixels, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode the " + variant.urlName() + " variant", e);
    } finally {
      writer.dispose();
    }
    return new VariantImage(
        variant, type, image.getWidth(), image.getHeight(), bytes.toByteArray());
  }

  /** An image without alpha channel: JPEG has none (a PNG with only opaque pixels may have one). */
  private static BufferedImage opaque(BufferedImage image) {
    if (image.getType() == BufferedImage.TYPE_INT_RGB) {
      return image;
    }
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.getGraphics().drawImage(image, 0, 0, null);
    return rgb;
  }

  private static ImageWriter jdkWriter(String formatName) {
    ImageWriter fallback = null;
    for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(formatName);
        it.hasNext(); ) {
      ImageWriter writer = it.next();
      if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
        return writer;
      }
      fallback = fallback == null ? writer : fallback;
    }
    if (fallback == null) {
      throw new IllegalStateException("No " + formatName + " writer in this JDK");
    }
    return fallback;
  }
}
