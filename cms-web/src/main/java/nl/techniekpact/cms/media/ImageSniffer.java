package nl.techniekpact.cms.media;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises an image format by its magic bytes, whatever the file is called or the client says it
 * is. Only a first check: {@link ImageDecoder} decodes the whole image before anything is stored.
 *
 * <pre>{@code
 * ImageSniffer.sniff(bytes);    // Optional[PNG] for a PNG named photo.jpg
 * ImageSniffer.describe(bytes); // "a GIF image", "text (HTML, SVG or XML)", ...
 * }</pre>
 */
public final class ImageSniffer {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private ImageSniffer() {}

  /** The accepted format the bytes start like, or empty. */
  public static Optional<ImageFormat> sniff(byte[] bytes) {
    if (startsWith(bytes, 0, JPEG)) {
      return Optional.of(ImageFormat.JPEG);
    }
    if (startsWith(bytes, 0, PNG)) {
      return Optional.of(ImageFormat.PNG);
    }
    if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
      return Optional.of(ImageFormat.WEBP);
    }
    return Optional.empty();
  }

  /** What the bytes look like, for a message that says why an upload was refused. */
  public static String describe(byte[] bytes) {
    if (bytes.length == 0) {
      return "an empty file";
    }
    if (startsWith(bytes, 0, ascii("GIF8"))) {
      return "a GIF image";
    }
    if (startsWith(bytes, 0, ascii("BM"))) {
      return "a BMP image";
    }
    if (startsWith(bytes, 0, ascii("II*\0")) || startsWith(bytes, 0, ascii("MM\0*"))) {
      return "a TIFF image";
    }
    if (startsWith(bytes, 4, ascii("ftypheic"))
        || startsWith(bytes, 4, ascii("ftypmif1"))
        || startsWith(bytes, 4, ascii("ftypavif"))) {
      return "a HEIC or AVIF image";
    }
    if (startsWith(bytes, 0, ascii("%PDF"))) {
      return "a PDF document";
    }
    if (startsWith(bytes, 0, ascii("PK\3\4"))) {
      return "a ZIP archive";
    }
    if (looksLikeText(bytes)) {
      return "text (such as HTML, SVG or XML)";
    }
    return "an unknown kind of file";
  }

  private static boolean looksLikeText(byte[] bytes) {
    int n = Math.min(bytes.length, 512);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
