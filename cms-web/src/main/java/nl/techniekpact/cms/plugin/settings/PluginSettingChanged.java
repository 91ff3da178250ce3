package nl.techniekpact.cms.plugin.settings;

/**
 * Fired by {@link PluginSettingChanges} when a plugin's setting was stored or removed, within the
 * writer's transaction: observe it {@code during = AFTER_SUCCESS} to act on the committed value.
 * What a plugin renders may depend on its settings, so kept public page parts are dropped on it.
 *
 * @param pluginId the plugin whose setting changed
 * @param key the setting's key
 */
public record PluginSettingChanged(String pluginId, String key) {}
