package nl.techniekpact.plugin.api;

import java.util.logging.Logger;

/**
 * What the host hands a plugin: who it is, its settings, read access to the site's content and a
 * logger. The host owns the context; a plugin keeps the reference it is given and never creates
 * one.
 *
 * <p>The host passes the context to the constructor of the plugin class and of every extension,
 * when they declare a public constructor taking it:
 *
 * <pre>{@code
 * @Extension
 * public class InternshipsSection implements PageFragment {
 *   private final PluginContext context;
 *
 *   public InternshipsSection(PluginContext context) {
 *     this.context = context;
 *   }
 *
 *   @Override
 *   public String render(FragmentRequest request) {
 *     int regions = context.content().publishedRegions().size();
 *     context.logger().fine(() -> "rendering for " + regions + " regions");
 *     return "<section>…</section>";
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface PluginContext {

  /**
   * The plugin's id, as its manifest entry {@code Plugin-Id} says.
   *
   * @return the id
   */
  String pluginId();

  /**
   * The version of the plugin that is running, as its manifest entry {@code Plugin-Version} says.
   *
   * @return the version
   */
  String pluginVersion();

  /**
   * The version of the plugin API the host implements ({@link PluginApi#VERSION} of the host).
   *
   * @return the version
   */
  String apiVersion();

  /**
   * The plugin's own settings.
   *
   * @return the settings
   */
  PluginSettings settings();

  /**
   * Read-only queries on the site's published content.
   *
   * @return the queries
   */
  ContentQueries content();

  /**
   * A logger named {@code nl.techniekpact.plugin.<plugin-id>}, written to the host's log.
   *
   * @return the logger
   */
  Logger logger();
}
