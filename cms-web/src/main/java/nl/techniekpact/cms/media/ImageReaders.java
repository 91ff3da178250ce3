package nl.techniekpact.cms.media;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;

/**
 * The one reader per accepted format: TwelveMonkeys' JPEG reader (CMYK and damaged ICC profiles, on
 * top of the JDK's decoder), TwelveMonkeys' WebP reader, and the JDK's PNG reader. They live in a
 * registry of their own, never in the JVM-wide ImageIO registry, so the war leaves nothing behind
 * when it is undeployed and no other application's plugins are ever chosen.
 */
final class ImageReaders {

  private static final String JDK_JPEG = "com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi";
  private static final String JDK_PNG = "com.sun.imageio.plugins.png.PNGImageReaderSpi";

  private static final ImageReaderSpi JPEG;
  private static final ImageReaderSpi PNG;
  private static final ImageReaderSpi WEBP;

  static {
    ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
    // TwelveMonkeys' JPEG reader decodes through the JDK's; it finds it at its registration
    own.registerServiceProvider(jdk(JDK_JPEG), ImageReaderSpi.class);
    JPEGImageReaderSpi jpeg = new JPEGImageReaderSpi();
    own.registerServiceProvider(jpeg, ImageReaderSpi.class);
    JPEG = jpeg;
    WEBP = new WebPImageReaderSpi();
    PNG = jdk(JDK_PNG);
  }

  private ImageReaders() {}

  /** A new reader of a format; dispose of it after use. */
  static ImageReader forFormat(ImageFormat format) {
    try {
      return switch (format) {
        case JPEG -> JPEG.createReaderInstance();
        case PNG -> PNG.createReaderInstance();
        case WEBP -> WEBP.createReaderInstance();
      };
    } catch (IOException e) {
      throw new IllegalStateException("No " + format + " reader", e);
    }
  }

  private static ImageReaderSpi jdk(String className) {
    IIORegistry registry = IIORegistry.getDefaultInstance();
    for (Iterator<ImageReaderSpi> it = registry.getServiceProviders(ImageReaderSpi.class, false);
        it.hasNext(); ) {
      ImageReaderSpi spi = it.next();
      if (spi.getClass().getName().equals(className)) {
        return spi;
      }
    }
    throw new IllegalStateException("This JDK has no " + className);
  }
}
