package nl.techniekpact.cms.plugin.web;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses of plugin pages and files below {@value #PREFIX}, read from the raw request path
 * (within the context path, not decoded):
 *
 * <ul>
 *   <li>{@code /p/{plugin}/{page}}: a page at its stable address, for visitors and links;
 *   <li>{@code /p/{plugin}/{version}/{page}.xhtml}: the page of one version, rendered by Faces;
 *   <li>{@code /p/{plugin}/{version}/static/{path}}: a static file of one version.
 * </ul>
 *
 * Anything else below {@value #PREFIX} is not an address of a plugin.
 */
sealed interface PluginAddress {

  /** Where plugin addresses start. */
  String PREFIX = "/p/";

  /** The static files' segment after the version. */
  String STATIC = "static";

  Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,62}");
  Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

  /** The plugin's id. */
  String pluginId();

  /**
   * A page at its stable address.
   *
   * @param pluginId the plugin
   * @param pageId the page
   */
  record StablePage(String pluginId, String pageId) implements PluginAddress {}

  /**
   * A page of one version.
   *
   * @param pluginId the plugin
   * @param version its version
   * @param pageId the page
   */
  record VersionedPage(String pluginId, String version, String pageId) implements PluginAddress {

    /** The address, within the context path. */
    String path() {
      return PREFIX + pluginId + "/" + version + "/" + pageId + ".xhtml";
    }
  }

  /**
   * A static file of one version.
   *
   * @param pluginId the plugin
   * @param version its version
   * @param path its path below the plugin's static folder, not yet checked
   */
  record StaticFile(String pluginId, String version, String path) implements PluginAddress {}

  /** The address a path is, if any. */
  static Optional<PluginAddress> parse(String path) {
    if (path == null || !path.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = path.substring(PREFIX.length()).split("/", 4);
    if (parts.length < 2 || !ID.matcher(parts[0]).matches()) {
      return Optional.empty();
    }
    String id = parts[0];
    if (parts.length == 2) {
      return ID.matcher(parts[1]).matches()
          ? Optional.of(new StablePage(id, parts[1]))
          : Optional.empty();
    }
    if (!VERSION.matcher(parts[1]).matches()) {
      return Optional.empty();
    }
    if (parts.length == 3) {
      Matcher page = Pattern.compile("([a-z][a-z0-9-]{1,62})\\.xhtml").matcher(parts[2]);
      return page.matches()
          ? Optional.of(new VersionedPage(id, parts[1], page.group(1)))
          : Optional.empty();
    }
    return STATIC.equals(parts[2])
        ? Optional.of(new StaticFile(id, parts[1], parts[3]))
        : Optional.empty();
  }
}
