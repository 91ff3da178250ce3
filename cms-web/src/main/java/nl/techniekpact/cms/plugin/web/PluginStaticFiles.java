package nl.techniekpact.cms.plugin.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of static file a plugin may serve, by extension, with the content type they are sent
 * with; other files in a plugin's static folder are not served. Sent with {@code nosniff}, so the
 * type must be right.
 */
final class PluginStaticFiles {

  /** A year, and never revalidated: the address changes with the plugin's version. */
  static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("css", "text/css;charset=UTF-8"),
          Map.entry("js", "text/javascript;charset=UTF-8"),
          Map.entry("json", "application/json"),
          Map.entry("txt", "text/plain;charset=UTF-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/vnd.microsoft.icon"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("pdf", "application/pdf"));

  private PluginStaticFiles() {}

  /** The content type of a file name, if plugins may serve that kind of file. */
  static Optional<String> contentType(String name) {
    int dot = name.lastIndexOf('.');
    if (dot < 0 || dot < name.lastIndexOf('/')) {
      return Optional.empty();
    }
    return Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }
}
