package nl.techniekpact.cms.plugin.host;

import com.github.zafarkhaja.semver.Version;
import java.util.regex.Pattern;
import nl.techniekpact.plugin.api.PluginApi;

/**
 * Whether a plugin's {@code Plugin-Requires} range accepts the host's plugin API version. The range
 * is a semver expression ({@code ^0.1.0}, {@code >=0.1.0 & <0.3.0}, {@code 0.1.x}); a bare version
 * {@code 0.1.0} means {@code ^0.1.0}: that version or a later compatible one.
 *
 * <p>The host provides its API version and, because later minor versions only add to it, every
 * version back to {@link PluginApi#OLDEST_COMPATIBLE}: on plugin API 0.2.0 a plugin that requires
 * {@code ^0.1.0} runs (each older minor counts as its latest patch, 0.1.x).
 */
public final class ApiCompatibility {

  private static final Pattern BARE_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

  private ApiCompatibility() {}

  /**
   * Checks a range against the API version.
   *
   * @throws PluginRefusedException naming both versions when the range is missing, malformed or
   *     does not contain the API version
   */
  public static void check(String pluginId, String requires, String apiVersion) {
    if (requires == null || requires.isBlank() || requires.strip().equals("*")) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.INVALID_DESCRIPTOR,
          "Plugin "
              + pluginId
              + " does not say which plugin API it needs: add the manifest entry Plugin-Requires,"
              + " for example ^"
              + apiVersion
              + " (this CMS provides plugin API "
              + apiVersion
              + ")");
    }
    boolean accepted;
    try {
      accepted = accepts(requires, apiVersion);
    } catch (RuntimeException e) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.INVALID_DESCRIPTOR,
          "Plugin "
              + pluginId
              + " has a malformed Plugin-Requires \""
              + requires
              + "\": "
              + e.getMessage(),
          e);
    }
    if (!accepted) {
      throw new PluginRefusedException(
          PluginRefusedException.Reason.INCOMPATIBLE_API,
          "Plugin "
              + pluginId
              + " requires plugin API "
              + requires.strip()
              + ", but this CMS provides plugin API "
              + apiVersion);
    }
  }

  /** True when the range contains the version or a compatible older one the host also provides. */
  static boolean accepts(String requires, String apiVersion) {
    return accepts(requires, apiVersion, PluginApi.OLDEST_COMPATIBLE);
  }

  /**
   * True when the range contains the API version, or the latest patch of an older minor version
   * from {@code oldest} on (same major version).
   */
  static boolean accepts(String requires, String apiVersion, String oldest) {
    String range = requires.strip();
    if (BARE_VERSION.matcher(range).matches()) {
      range = "^" + range;
    }
    Version api = Version.parse(apiVersion);
    if (api.satisfies(range)) {
      return true;
    }
    Version from = Version.parse(oldest);
    if (from.majorVersion() != api.majorVersion()) {
      return false;
    }
    for (long minor = from.minorVersion(); minor < api.minorVersion(); minor++) {
      if (Version.of(api.majorVersion(), minor, Integer.MAX_VALUE).satisfies(range)) {
        return true;
      }
    }
    return false;
  }
}
