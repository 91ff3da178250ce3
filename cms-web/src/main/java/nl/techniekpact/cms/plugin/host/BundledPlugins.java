package nl.techniekpact.cms.plugin.host;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.pf4j.DefaultVersionManager;

/**
 * Installs the plugins shipped with the CMS (the first-party plugins), remembering in table {@code
 * cms_bundled_plugin} which it offered: a shipped plugin is installed once, on the first start that
 * ships it; a later CMS that ships a newer version upgrades the installed one if it is still the
 * version offered before; a shipped plugin an administrator removed, replaced or disabled is left
 * as the administrator left it.
 *
 * <p>The jars are resources of the war, listed in {@value #INDEX} (one file name a line, the name
 * each is installed under), each stored as that name plus {@value #SUFFIX}: the distribution puts
 * them there, cms-web itself depends on no plugin. The suffix keeps the server from taking them for
 * libraries of the war: Payara parses every entry ending in {@code .jar} into the application's
 * class model, and Jersey's initializer then tried to load a plugin's {@code @Path} class through
 * the war's class loader at every start.
 */
public final class BundledPlugins {

  /** Where the shipped jars are, on the war's class path. */
  public static final String DIRECTORY = "META-INF/techniekpact/bundled-plugins/";

  /** The list of shipped jars. */
  public static final String INDEX = DIRECTORY + "index.txt";

  /** What follows a listed name in the resource's name. */
  public static final String SUFFIX = ".bundled";

  /** Who installs shipped plugins, as stored and logged. */
  public static final String INSTALLER = "bundled with the CMS";

  private static final Logger LOG = Logger.getLogger(BundledPlugins.class.getName());
  private static final DefaultVersionManager VERSIONS = new DefaultVersionManager();

  private final DataSource dataSource;
  private final PluginLifecycle lifecycle;
  private final Clock clock;

  /** Offers through the lifecycle, remembering in the data source (migration V20). */
  public BundledPlugins(DataSource dataSource, PluginLifecycle lifecycle, Clock clock) {
    this.dataSource = dataSource;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  /**
   * A shipped jar.
   *
   * @param name its file name
   * @param bytes its content
   */
  public record Shipped(String name, byte[] bytes) {}

  /**
   * The jars listed in {@value #INDEX} on a class path, named as listed; none when there is no
   * index.
   */
  public static List<Shipped> shipped(ClassLoader loader) {
    List<Shipped> jars = new ArrayList<>();
    try (InputStream index = loader.getResourceAsStream(INDEX)) {
      if (index == null) {
        return jars;
      }
      for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        try (InputStream jar = loader.getResourceAsStream(DIRECTORY + name + SUFFIX)) {
          if (jar == null) {
            LOG.severe(
                () ->
                    "Bundled plugin "
                        + name
                        + " is listed in "
                        + INDEX
                        + " but "
                        + name
                        + SUFFIX
                        + " is missing");
          } else {
            jars.add(new Shipped(name, jar.readAllBytes()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + INDEX, e);
    }
    return jars;
  }

  /**
   * Installs or upgrades what is due, dependencies first; a jar that is refused is logged and
   * offered again on the next start.
   */
  public void offer(List<Shipped> jars) {
    List<Shipped> pending = new ArrayList<>(jars);
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (Shipped jar : List.copyOf(pending)) {
        try {
          offer(jar);
          pending.remove(jar);
          progress = true;
        } catch (PluginRefusedException e) {
          if (e.reason() != PluginRefusedException.Reason.MISSING_DEPENDENCY) {
            LOG.severe(() -> "Bundled plugin " + jar.name() + " refused: " + e.getMessage());
            pending.remove(jar);
          }
        }
      }
    }
    pending.forEach(
        jar -> LOG.severe(() -> "Bundled plugin " + jar.name() + " misses a dependency"));
  }

  private void offer(Shipped jar) {
    Manifest manifest = manifest(jar);
    String id = manifest.getMainAttributes().getValue("Plugin-Id");
    String version = manifest.getMainAttributes().getValue("Plugin-Version");
    if (id == null || version == null) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.INVALID_DESCRIPTOR,
          jar.name() + " has no Plugin-Id and Plugin-Version");
    }
    Optional<String> offered = offeredVersion(id);
    Optional<InstalledPlugin> installed =
        lifecycle.installed().stream().filter(p -> p.id().equals(id)).findFirst();
    if (offered.isEmpty()) {
      if (installed.isEmpty()) {
        lifecycle.install(jar.bytes(), jar.name(), INSTALLER);
        LOG.info(() -> "Bundled plugin " + id + " " + version + " installed");
      }
      remember(id, version, false);
    } else if (!offered.get().equals(version)
        && VERSIONS.compareVersions(version, offered.get()) > 0) {
      if (installed.isPresent() && installed.get().version().equals(offered.get())) {
        lifecycle.install(jar.bytes(), jar.name(), INSTALLER);
        LOG.info(() -> "Bundled plugin " + id + " upgraded to " + version);
      }
      remember(id, version, true);
    }
  }

  private static Manifest manifest(Shipped jar) {
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar.bytes()))) {
      Manifest manifest = in.getManifest();
      if (manifest == null) {
        throw new PluginRefusedException(
            PluginRefusedException.Reason.INVALID_DESCRIPTOR, jar.name() + " has no manifest");
      }
      return manifest;
    } catch (IOException e) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.NOT_A_JAR, jar.name() + " is not a jar", e);
    }
  }

  private Optional<String> offeredVersion(String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT version FROM cms_bundled_plugin WHERE plugin_id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read cms_bundled_plugin", e);
    }
  }

  private void remember(String id, String version, boolean update) {
    String sql =
        update
            ? "UPDATE cms_bundled_plugin SET version = ?, offered_at = ? WHERE plugin_id = ?"
            : "INSERT INTO cms_bundled_plugin (version, offered_at, plugin_id) VALUES (?, ?, ?)";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, version);
      statement.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      statement.setString(3, id);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write cms_bundled_plugin", e);
    }
  }
}
