package nl.techniekpact.plugin.api;

import java.util.List;
import java.util.function.Function;
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

  /**
   * Calls every running implementation of an extension point this plugin declares itself, each
   * through the host's invoker: a plugin (a partner depending on this one through {@code
   * Plugin-Dependencies}) implements an interface of this plugin that extends {@link
   * org.pf4j.ExtensionPoint}, annotated {@link org.pf4j.Extension @Extension}. An implementation
   * that throws is logged, counted against its own plugin (which is paused when it keeps failing)
   * and reported as failed; the others are unaffected.
   *
   * <pre>{@code
   * for (Contribution<String> section :
   *     context.contributions(RegionSection.class, s -> s.html(regionSlug, locale))) {
   *   if (!section.failed() && section.value() != null) {
   *     html.append(section.value());
   *   }
   * }
   * }</pre>
   *
   * @param point the extension point, an interface of this plugin
   * @param call what to ask each implementation
   * @param <T> the extension point
   * @param <R> what the call returns
   * @return one contribution per implementation, in the order their plugins started; none by
   *     default
   * @since 0.2.0
   */
  default <T, R> List<Contribution<R>> contributions(
      Class<T> point, Function<? super T, ? extends R> call) {
    return List.of();
  }

  /**
   * The published items of this plugin's own content types, stored by the host.
   *
   * <pre>{@code
   * for (ContentItem place : context.items().published("internship-place")) { … }
   * }</pre>
   *
   * @return the items
   * @throws UnsupportedOperationException on a host older than plugin API 0.3.0 (and in hand-made
   *     test contexts that do not implement it)
   * @since 0.3.0
   */
  default ContentItems items() {
    throw new UnsupportedOperationException("needs a host with plugin API 0.3.0 or later");
  }
}
