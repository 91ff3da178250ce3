package nl.techniekpact.cms.media;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;
import nl.techniekpact.cms.persistence.DatabaseMigration;
import org.eclipse.microprofile.config.Config;

/**
 * Makes the one {@link MediaLibrary} of the application injectable: on the CMS's data source, with
 * the limits {@value MediaLimits#MAX_BYTES} and {@value MediaLimits#MAX_PIXELS}.
 */
@ApplicationScoped
public class MediaLibraryProducer {

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private Config config;

  private volatile MediaLibrary library;

  @Produces
  MediaLibrary library() {
    MediaLibrary current = library;
    if (current == null) {
      synchronized (this) {
        if (library == null) {
          library =
              new MediaLibrary(
                  new MediaStore(dataSource),
                  new MediaLimits(
                      config
                          .getOptionalValue(MediaLimits.MAX_BYTES, Long.class)
                          .orElse(MediaLimits.DEFAULT_MAX_BYTES),
                      config
                          .getOptionalValue(MediaLimits.MAX_PIXELS, Long.class)
                          .orElse(MediaLimits.DEFAULT_MAX_PIXELS)),
                  Clock.systemUTC());
        }
        current = library;
      }
    }
    return current;
  }

  /** The store, for serving the images. */
  @Produces
  MediaStore store() {
    return new MediaStore(dataSource);
  }
}
