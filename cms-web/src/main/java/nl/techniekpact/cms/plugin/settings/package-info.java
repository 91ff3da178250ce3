/**
 * Plugin settings that plugin administrators edit, in the back office and over the API: {@link
 * nl.techniekpact.cms.plugin.settings.PluginSettingChanges}, on the host's {@code
 * PluginSettingStore}.
 */
package nl.techniekpact.cms.plugin.settings;
