package nl.techniekpact.plugin.api;

import java.util.Optional;

/**
 * The settings of one plugin. A plugin administrator sets them in the back office's plugins screen
 * or over {@code /api/v1/plugins/<plugin-id>/installation/settings/<key>} (since host API 0.3.0;
 * the host stores them, and a change reaches the plugin within seconds); otherwise the host reads
 * its configuration under the prefix {@code cms.plugin.<plugin-id>.}, so an operator sets {@code
 * -Dcms.plugin.example-internships.page-size=20} (or the environment variable {@code
 * CMS_PLUGIN_EXAMPLE_INTERNSHIPS_PAGE_SIZE}). A stored setting wins over the configuration. Read
 * settings when you need them rather than once in the constructor, so changes apply.
 *
 * <pre>{@code
 * int pageSize = context.settings().get("page-size").map(Integer::parseInt).orElse(10);
 * String title = context.settings().get("title", "Stageplaatsen");
 * }</pre>
 *
 * @since 0.1.0
 */
public interface PluginSettings {

  /**
   * A setting by its key, without the plugin's prefix.
   *
   * @param key the key, for example {@code page-size}
   * @return the value, if set
   */
  Optional<String> get(String key);

  /**
   * A setting by its key, or a default.
   *
   * @param key the key
   * @param defaultValue what to return when the setting is absent
   * @return the value or the default
   */
  default String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }
}
