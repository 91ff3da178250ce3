package nl.techniekpact.cms.plugin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanges;
import nl.techniekpact.cms.security.NotPermittedException;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.web.SignedInEditor;

/**
 * The settings section of the plugin administrator's screen ({@code /beheer/plugins/}): choose an
 * installed plugin, see its stored settings, set one (key and value) or remove one. A stored
 * setting wins over the configuration's {@code cms.plugin.<id>.<key>}; the plugin reads it within
 * seconds. Every change goes through {@link PluginSettingChanges} (checked, audited).
 */
@Named
@ViewScoped
public class EditPluginSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PluginSettingChanges settings;
  @Inject private SignedInEditor signedIn;

  private String plugin;
  private String key;
  private String value;

  /**
   * A stored setting.
   *
   * @param key its key
   * @param value its value
   */
  public record Setting(String key, String value) implements Serializable {}

  /** The selected plugin's stored settings, by key. */
  public List<Setting> getSettings() {
    requirePluginAdmin();
    if (plugin == null || plugin.isBlank() || !settings.installed(plugin)) {
      return List.of();
    }
    return settings.of(plugin).entrySet().stream()
        .map((Map.Entry<String, String> e) -> new Setting(e.getKey(), e.getValue()))
        .toList();
  }

  /** Sets the key to the value for the selected plugin. */
  public void save() {
    requirePluginAdmin();
    if (plugin == null || !settings.installed(plugin)) {
      Texts.error("settings:plugin", "pluginSettings.error.noPlugin");
      return;
    }
    try {
      settings.set(plugin, key == null ? null : key.strip(), value == null ? "" : value, caller());
      Texts.done("pluginSettings.saved", key, plugin);
      key = null;
      value = null;
    } catch (IllegalArgumentException refused) {
      Texts.error("settings:key", "pluginSettings.error.invalid", refused.getMessage());
    }
  }

  /** Removes a setting of the selected plugin. */
  public void remove(String settingKey) {
    requirePluginAdmin();
    if (plugin != null && settings.remove(plugin, settingKey, caller())) {
      Texts.done("pluginSettings.removed", settingKey, plugin);
    }
  }

  private String caller() {
    return signedIn.callerName();
  }

  private void requirePluginAdmin() {
    if (!signedIn.has(Roles.PLUGIN_ADMIN)) {
      throw new NotPermittedException("Plugin settings need the plugin-admin role");
    }
  }

  public String getPlugin() {
    return plugin;
  }

  public void setPlugin(String plugin) {
    this.plugin = plugin;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
