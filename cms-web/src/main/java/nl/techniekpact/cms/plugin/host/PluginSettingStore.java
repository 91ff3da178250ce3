package nl.techniekpact.cms.plugin.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Plugin settings that plugin administrators edit (table {@code plugin_setting}, migration V71):
 * per plugin, key and value, who changed it when. Plugins read them through {@code PluginSettings},
 * where a stored value wins over the configuration key {@code cms.plugin.<id>.<key>}. Reads are
 * served from a per-plugin copy kept for a few seconds, so a plugin may read its settings on every
 * request; a change on this node is seen at once, one on another node of a cluster within {@link
 * #FRESH_FOR}.
 *
 * <pre>{@code
 * store.put("example-internships", "contact", "stage@techniekpact.nl", "pim");
 * store.value("example-internships", "contact");   // Optional[stage@techniekpact.nl]
 * }</pre>
 */
public class PluginSettingStore {

  /** What a setting's key looks like: lower case letters, digits, dots and dashes. */
  public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

  /** The longest value. */
  public static final int MAX_VALUE = 2000;

  /** How long a plugin's settings are read from memory before the database is asked again. */
  static final Duration FRESH_FOR = Duration.ofSeconds(5);

  private final DataSource dataSource;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(Map<String, String> values, Instant until) {}

  /** A store on a data source whose schema has migration V71. */
  public PluginSettingStore(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** A plugin's stored settings, by key. */
  public Map<String, String> all(String pluginId) {
    Instant now = clock.instant();
    Cached cached = cache.get(pluginId);
    if (cached == null || now.isAfter(cached.until())) {
      cached = new Cached(load(pluginId), now.plus(FRESH_FOR));
      cache.put(pluginId, cached);
    }
    return cached.values();
  }

  /** Makes the next read of a plugin's settings ask the database (a change was committed). */
  public void forget(String pluginId) {
    cache.remove(pluginId);
  }

  /** One stored setting. */
  public Optional<String> value(String pluginId, String key) {
    return Optional.ofNullable(all(pluginId).get(key));
  }

  /**
   * Stores a setting, replacing the value it had.
   *
   * @throws IllegalArgumentException when the key is malformed or the value too long
   */
  public void put(String pluginId, String key, String value, String who) {
    check(key, value);
    try (Connection connection = dataSource.getConnection()) {
      int changed;
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE plugin_setting SET setting_value = ?, updated_by = ?, updated_at = ?"
                  + " WHERE plugin_id = ? AND setting_key = ?")) {
        update.setString(1, value);
        update.setString(2, who);
        update.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
        update.setString(4, pluginId);
        update.setString(5, key);
        changed = update.executeUpdate();
      }
      if (changed == 0) {
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO plugin_setting (plugin_id, setting_key, setting_value, updated_by,"
                    + " updated_at) VALUES (?, ?, ?, ?, ?)")) {
          insert.setString(1, pluginId);
          insert.setString(2, key);
          insert.setString(3, value);
          insert.setString(4, who);
          insert.setObject(5, clock.instant().atOffset(ZoneOffset.UTC));
          insert.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store setting " + key + " of " + pluginId, e);
    } finally {
      cache.remove(pluginId);
    }
  }

  /**
   * Removes a setting; the configuration's value (if any) applies again.
   *
   * @return whether there was one
   */
  public boolean remove(String pluginId, String key) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM plugin_setting WHERE plugin_id = ? AND setting_key = ?")) {
      delete.setString(1, pluginId);
      delete.setString(2, key);
      return delete.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove setting " + key + " of " + pluginId, e);
    } finally {
      cache.remove(pluginId);
    }
  }

  /**
   * Checks a setting before it is stored.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static void check(String key, String value) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "A setting's key is lower case letters, digits, dots and dashes (at most 100): " + key);
    }
    if (value == null) {
      throw new IllegalArgumentException("A setting needs a value");
    }
    if (value.length() > MAX_VALUE) {
      throw new IllegalArgumentException(
          "A setting's value is at most " + MAX_VALUE + " characters (" + value.length() + ")");
    }
  }

  private Map<String, String> load(String pluginId) {
    Map<String, String> values = new TreeMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT setting_key, setting_value FROM plugin_setting WHERE plugin_id = ?")) {
      query.setString(1, pluginId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.put(rows.getString(1), rows.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the settings of " + pluginId, e);
    }
    return Collections.unmodifiableMap(values);
  }
}
