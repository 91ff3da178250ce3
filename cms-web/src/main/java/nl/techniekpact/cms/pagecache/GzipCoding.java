package nl.techniekpact.cms.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The gzip content coding of kept pages (RFC 9110, 8.4.1.3): compressed once when a page is kept,
 * at the best level, and sent to every client whose {@code Accept-Encoding} allows it. Only kept
 * public pages are compressed: they are the same for every visitor and hold no secret, so
 * compression cannot leak one (BREACH).
 */
final class GzipCoding {

  /** The content coding's name in {@code Content-Encoding}. */
  static final String NAME = "gzip";

  /** Smaller bodies are sent as they are: the saving would not pay for the header and the work. */
  static final int MINIMUM_SIZE = 1024;

  private GzipCoding() {}

  /**
   * Whether a request's {@code Accept-Encoding} accepts gzip: it names {@code gzip} (or the old
   * {@code x-gzip}) without {@code q=0}. {@code *} is not taken as gzip, so a client must ask for
   * it.
   *
   * @param acceptEncoding the header's value, or {@code null}
   */
  static boolean accepts(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String coding : acceptEncoding.split(",")) {
      String[] parts = coding.split(";");
      String name = parts[0].strip();
      if (name.equalsIgnoreCase(NAME) || name.equalsIgnoreCase("x-gzip")) {
        return qualityAboveZero(parts);
      }
    }
    return false;
  }

  private static boolean qualityAboveZero(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
        try {
          return Double.parseDouble(parameter.substring(2).strip()) > 0;
        } catch (NumberFormatException invalid) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The body in gzip, or {@code null} when it is shorter than {@link #MINIMUM_SIZE} or would not
   * get shorter.
   */
  static byte[] compress(byte[] body) {
    if (body.length < MINIMUM_SIZE) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gzip = new BestGzipOutputStream(out)) {
      gzip.write(body);
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    byte[] compressed = out.toByteArray();
    return compressed.length < body.length ? compressed : null;
  }

  /** A gzip stream at the best compression: a kept page is compressed once and sent many times. */
  private static final class BestGzipOutputStream extends GZIPOutputStream {
    BestGzipOutputStream(ByteArrayOutputStream out) throws IOException {
      super(out, 8192);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}
