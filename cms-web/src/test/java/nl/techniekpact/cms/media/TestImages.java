package nl.techniekpact.cms.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images made for the media tests: real encodings by the JDK, and hostile ones derived from them
 * (truncated, a header claiming huge dimensions, EXIF orientation spliced in).
 */
public final class TestImages {

  /** A 1×1 lossless WebP (as browsers' feature tests use it). */
  public static final byte[] WEBP_1X1 =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  private TestImages() {}

  /**
   * A picture with a red left half and a blue right half, so turning and mirroring show: width
   * {@code w}, height {@code h}.
   */
  public static BufferedImage halves(int w, int h, boolean alpha) {
    BufferedImage image =
        new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.RED);
    g.fillRect(0, 0, w / 2, h);
    g.setColor(Color.BLUE);
    g.fillRect(w / 2, 0, w - w / 2, h);
    if (alpha) {
      g.setComposite(java.awt.AlphaComposite.Clear);
      g.fillRect(0, 0, Math.max(1, w / 10), Math.max(1, h / 10));
    }
    g.dispose();
    return image;
  }

  /** A JPEG of {@link #halves}. */
  public static byte[] jpeg(int w, int h) {
    return encode(halves(w, h, false), "jpeg");
  }

  /** A PNG of {@link #halves}, with a transparent corner when {@code alpha}. */
  public static byte[] png(int w, int h, boolean alpha) {
    return encode(halves(w, h, alpha), "png");
  }

  /** The first {@code fraction} of an image's bytes. */
  public static byte[] truncated(byte[] image, double fraction) {
    return Arrays.copyOf(image, (int) (image.length * fraction));
  }

  /** A small valid PNG whose header claims {@code w} × {@code h} pixels (a decompression bomb). */
  public static byte[] pngClaiming(int w, int h) {
    byte[] png = png(8, 8, false);
    ByteBuffer buffer = ByteBuffer.wrap(png);
    // signature (8), IHDR length (4), "IHDR" (4), then width and height
    buffer.putInt(16, w);
    buffer.putInt(20, h);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 4 + 13);
    buffer.putInt(12 + 4 + 13, (int) crc.getValue());
    return png;
  }

  /** A JPEG with an EXIF APP1 segment naming {@code orientation}, right after SOI. */
  public static byte[] withOrientation(byte[] jpeg, int orientation) {
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4);
    tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    tiff.putShort((short) 1); // one entry
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // orientation, SHORT, count 1
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0); // no next IFD
    byte[] exif = tiff.array();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    int length = 2 + 6 + exif.length;
    out.write(0xFF);
    out.write(0xE1);
    out.write(length >> 8);
    out.write(length & 0xFF);
    out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(exif);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Decodes a variant's bytes with the JDK. */
  public static BufferedImage read(byte[] bytes) {
    try {
      return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
