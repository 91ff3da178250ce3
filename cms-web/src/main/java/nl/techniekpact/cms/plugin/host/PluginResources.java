package nl.techniekpact.cms.plugin.host;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a plugin jar keeps its public pages ({@value #PAGES}) and static files ({@value #STATIC}),
 * and how the host reads them: from the plugin's own jar only (never from the host or another
 * plugin), without caching open jar files, and only under names that cannot leave the folder.
 */
public final class PluginResources {

  /** The folder of a plugin's Facelets, one per public page. */
  public static final String PAGES = "META-INF/techniekpact/pages/";

  /** The folder of a plugin's static files (CSS, images, fonts). */
  public static final String STATIC = "META-INF/techniekpact/static/";

  /** A path segment: letters, digits, {@code _}, {@code -} and {@code .}, not starting with one. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");

  private PluginResources() {}

  /** The jar entry of a public page's Facelet. */
  public static String page(String pageId) {
    return PAGES + pageId + ".xhtml";
  }

  /**
   * The jar entry of a static file.
   *
   * @param path its path below {@value #STATIC}, as in the address
   * @return the entry, or empty when the path is not a safe one ({@code ..}, {@code .hidden}, empty
   *     segments, characters other than letters, digits, {@code .}, {@code _}, {@code -})
   */
  public static Optional<String> staticFile(String path) {
    return isSafePath(path) ? Optional.of(STATIC + path) : Optional.empty();
  }

  /** Whether a relative path stays inside its folder: safe segments separated by single slashes. */
  static boolean isSafePath(String path) {
    if (path == null || path.isEmpty() || path.length() > 300) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  /** An entry of the plugin's own jar, not of its parent or dependencies. */
  public static Optional<URL> find(ClassLoader pluginLoader, String entry) {
    URL url =
        pluginLoader instanceof URLClassLoader jar
            ? jar.findResource(entry)
            : pluginLoader.getResource(entry);
    return Optional.ofNullable(url);
  }

  /** Reads an entry of the plugin's own jar, if it is there. */
  public static Optional<byte[]> read(ClassLoader pluginLoader, String entry) throws IOException {
    Optional<URL> url = find(pluginLoader, entry);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    URLConnection connection = url.get().openConnection();
    // a cached JarFile would outlive the plugin and keep its deleted jar open
    connection.setUseCaches(false);
    try (InputStream in = connection.getInputStream()) {
      return Optional.of(in.readAllBytes());
    }
  }
}
