package nl.techniekpact.cms.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.geom.AffineTransform;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The EXIF orientation of a JPEG (tag 0x0112: 1 is upright, 6 is "rotate 90° clockwise to view",
 * and so on), read with TwelveMonkeys' metadata reader, and the transform that makes the pixels
 * upright. Cameras and phones store pixels as the sensor saw them and say in this tag how to turn
 * them; the variants are turned for real, because their metadata is stripped.
 */
public final class ExifOrientation {

  /** Upright: nothing to do. */
  public static final int UPRIGHT = 1;

  private ExifOrientation() {}

  /** The orientation of a JPEG, 1 to 8; {@link #UPRIGHT} when it has none or it is unreadable. */
  public static int of(byte[] jpeg) {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
      List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
      for (JPEGSegment segment : segments) {
        int orientation = orientation(segment);
        if (orientation != 0) {
          return orientation;
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // metadata is a hint; an image with damaged EXIF is shown as stored
    }
    return UPRIGHT;
  }

  private static int orientation(JPEGSegment segment) throws IOException {
    byte[] data;
    try (InputStream in = segment.segmentData()) {
      data = in.readAllBytes();
    }
    int start = 0;
    if (data.length > 4 && data[0] == 'E' && data[1] == 'x' && data[2] == 'i' && data[3] == 'f') {
      start = 4; // the identifier, "Exif", comes with the segment's data
    }
    while (start < data.length && data[start] == 0) {
      start++; // its terminator and the pad byte
    }
    try (ImageInputStream tiff =
        new MemoryCacheImageInputStream(
            new ByteArrayInputStream(data, start, data.length - start))) {
      Directory directory = new TIFFReader().read(tiff);
      Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
      if (entry != null && entry.getValue() instanceof Number number) {
        int value = number.intValue();
        return value >= 1 && value <= 8 ? value : 0;
      }
    }
    return 0;
  }

  /** Whether an orientation swaps width and height (5 to 8: turned a quarter). */
  public static boolean swapsSides(int orientation) {
    return orientation >= 5 && orientation <= 8;
  }

  /**
   * The transform that draws an image of the stored {@code width} and {@code height} upright.
   *
   * @param orientation the EXIF orientation, 1 to 8
   */
  public static AffineTransform transform(int orientation, int width, int height) {
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> { // mirrored horizontally
        t.translate(width, 0);
        t.scale(-1, 1);
      }
      case 3 -> { // turned 180°
        t.translate(width, height);
        t.rotate(Math.PI);
      }
      case 4 -> { // mirrored vertically
        t.translate(0, height);
        t.scale(1, -1);
      }
      case 5 -> { // mirrored along the top-left to bottom-right diagonal
        t.rotate(Math.PI / 2);
        t.scale(1, -1);
      }
      case 6 -> { // turn 90° clockwise to view
        t.translate(height, 0);
        t.rotate(Math.PI / 2);
      }
      case 7 -> { // mirrored along the other diagonal
        t.scale(-1, 1);
        t.translate(-height, 0);
        t.translate(0, width);
        t.rotate(3 * Math.PI / 2);
      }
      case 8 -> { // turn 90° counter-clockwise to view
        t.translate(0, width);
        t.rotate(3 * Math.PI / 2);
      }
      default -> {
        // upright
      }
    }
    return t;
  }
}
