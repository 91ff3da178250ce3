package nl.techniekpact.cms.plugin.host;

import com.github.zafarkhaja.semver.Version;
import java.util.regex.Pattern;

/**
 * Whether a plugin's {@code Plugin-Requires} range accepts the host's plugin API version. The range
 * is a semver expression ({@code ^0.1.0}, {@code >=0.1.0 & <0.3.0}, {@code 0.1.x}); a bare version
 * {@code 0.1.0} means {@code ^0.1.0}: that version or a later compatible one.
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

  /** True when the range contains the version. */
  static boolean accepts(String requires, String apiVersion) {
    String range = requires.strip();
    if (BARE_VERSION.matcher(range).matches()) {
      range = "^" + range;
    }
    return Version.parse(apiVersion).satisfies(range);
  }
}
