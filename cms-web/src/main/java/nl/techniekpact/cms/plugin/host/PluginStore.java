package nl.techniekpact.cms.plugin.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The installed plugins in table {@code cms_plugin}: jar bytes, version, SHA-256, state with its
 * reason, who installed when. Each method is one statement, so each change is atomic on its own.
 */
public class PluginStore {

  private static final String COLUMNS =
      "plugin_id, version, requires, sha256, jar_size, state, state_reason, installed_by,"
          + " installed_at, updated_at";

  private final DataSource dataSource;

  /** A store on a data source whose schema has migration V2. */
  public PluginStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** All installed plugins, by id. */
  public List<InstalledPlugin> list() {
    return query("SELECT " + COLUMNS + " FROM cms_plugin ORDER BY plugin_id", null);
  }

  /** One installed plugin. */
  public Optional<InstalledPlugin> find(String id) {
    return query("SELECT " + COLUMNS + " FROM cms_plugin WHERE plugin_id = ?", id).stream()
        .findFirst();
  }

  /** The stored jar of a plugin. */
  public byte[] jar(String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT jar FROM cms_plugin WHERE plugin_id = ?")) {
      statement.setString(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          throw new PluginRefusedException(
              PluginRefusedException.Reason.NOT_INSTALLED, "Plugin " + id + " is not installed");
        }
        return rows.getBytes(1);
      }
    } catch (SQLException e) {
      throw failed("read the jar of " + id, e);
    }
  }

  /** Stores a newly installed plugin. */
  public void insert(InstalledPlugin plugin, byte[] jar) {
    update(
        "INSERT INTO cms_plugin (jar, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        plugin,
        jar,
        false);
  }

  /** Replaces an installed plugin's jar, version and state in one statement (an upgrade). */
  public void replace(InstalledPlugin plugin, byte[] jar) {
    update(
        "UPDATE cms_plugin SET jar = ?, plugin_id = ?, version = ?, requires = ?, sha256 = ?,"
            + " jar_size = ?, state = ?, state_reason = ?, installed_by = ?, installed_at = ?,"
            + " updated_at = ? WHERE plugin_id = ?",
        plugin,
        jar,
        true);
  }

  /** Changes the state of an installed plugin. */
  public void setState(String id, PluginState state, String reason, Instant at) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "UPDATE cms_plugin SET state = ?, state_reason = ?, updated_at = ?"
                    + " WHERE plugin_id = ?")) {
      statement.setString(1, state.name());
      statement.setString(2, truncate(reason));
      statement.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      statement.setString(4, id);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failed("store the state of " + id, e);
    }
  }

  /** Forgets an installed plugin. */
  public void delete(String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("DELETE FROM cms_plugin WHERE plugin_id = ?")) {
      statement.setString(1, id);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failed("remove " + id, e);
    }
  }

  private void update(String sql, InstalledPlugin plugin, byte[] jar, boolean byId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setBytes(1, jar);
      statement.setString(2, plugin.id());
      statement.setString(3, plugin.version());
      statement.setString(4, plugin.requires());
      statement.setString(5, plugin.sha256());
      statement.setLong(6, plugin.size());
      statement.setString(7, plugin.state().name());
      statement.setString(8, truncate(plugin.reason()));
      statement.setString(9, plugin.installedBy());
      statement.setObject(10, OffsetDateTime.ofInstant(plugin.installedAt(), ZoneOffset.UTC));
      statement.setObject(11, OffsetDateTime.ofInstant(plugin.updatedAt(), ZoneOffset.UTC));
      if (byId) {
        statement.setString(12, plugin.id());
      }
      if (statement.executeUpdate() != 1) {
        throw new PluginRefusedException(
            PluginRefusedException.Reason.STORAGE_FAILED,
            "Plugin " + plugin.id() + " was not stored");
      }
    } catch (SQLException e) {
      throw failed("store " + plugin.label(), e);
    }
  }

  private List<InstalledPlugin> query(String sql, String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (id != null) {
        statement.setString(1, id);
      }
      List<InstalledPlugin> plugins = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plugins.add(
              new InstalledPlugin(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4).strip(),
                  rows.getLong(5),
                  PluginState.valueOf(rows.getString(6)),
                  rows.getString(7),
                  rows.getString(8),
                  rows.getObject(9, OffsetDateTime.class).toInstant(),
                  rows.getObject(10, OffsetDateTime.class).toInstant()));
        }
      }
      return plugins;
    } catch (SQLException e) {
      throw failed("read the installed plugins", e);
    }
  }

  private static String truncate(String reason) {
    return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 1999) + "…";
  }

  private static PluginRefusedException failed(String what, SQLException e) {
    return new PluginRefusedException(
        PluginRefusedException.Reason.STORAGE_FAILED,
        "The database could not " + what + ": " + e.getMessage(),
        e);
  }
}
