package nl.techniekpact.cms.persistence;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the database is, read from MicroProfile Config (system properties, environment variables,
 * then the defaults in {@code META-INF/microprofile-config.properties}).
 *
 * <p>Without a {@code cms.db.url} the CMS uses an embedded H2 file database inside {@code
 * cms.data.dir}, so content survives a restart.
 */
public record DatabaseSettings(String url, String user, String password) {

  /** MicroProfile Config key (environment variable {@code CMS_DATA_DIR}). */
  public static final String DATA_DIR = "cms.data.dir";

  /** MicroProfile Config key (environment variable {@code CMS_DB_URL}). */
  public static final String URL = "cms.db.url";

  /** MicroProfile Config key (environment variable {@code CMS_DB_USER}). */
  public static final String USER = "cms.db.user";

  /** MicroProfile Config key (environment variable {@code CMS_DB_PASSWORD}). */
  public static final String PASSWORD = "cms.db.password";

  static final String DEFAULT_DATA_DIR = "data";
  static final String H2_DATABASE_NAME = "techniekpact";

  /** Reads the settings; a missing URL means the embedded H2 database in the data directory. */
  public static DatabaseSettings from(Config config) {
    String user = config.getOptionalValue(USER, String.class).orElse("");
    String password = config.getOptionalValue(PASSWORD, String.class).orElse("");
    Optional<String> url = config.getOptionalValue(URL, String.class).filter(s -> !s.isBlank());
    if (url.isPresent()) {
      return new DatabaseSettings(url.get().trim(), user, password);
    }
    Path dataDir =
        Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse(DEFAULT_DATA_DIR))
            .toAbsolutePath()
            .normalize();
    return new DatabaseSettings(embeddedH2Url(dataDir), user.isEmpty() ? "sa" : user, password);
  }

  /**
   * The JDBC URL of the embedded H2 file database kept in {@code dataDir}. {@code MODE=LEGACY}
   * keeps H2 2.x answering {@code CALL IDENTITY()}, which the server's EclipseLink 4.0 uses for new
   * ids.
   */
  static String embeddedH2Url(Path dataDir) {
    return "jdbc:h2:file:"
        + dataDir.resolve(H2_DATABASE_NAME)
        + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE";
  }

  /** True for the embedded H2 default. */
  public boolean embedded() {
    return url.startsWith("jdbc:h2:");
  }

  /** The URL with any password parameter masked, fit for logs and the health endpoint. */
  public String redactedUrl() {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }
}
