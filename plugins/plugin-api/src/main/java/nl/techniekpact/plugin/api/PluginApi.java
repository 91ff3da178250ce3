package nl.techniekpact.plugin.api;

/**
 * The version of the plugin API that a host implements and that a plugin declares it needs.
 *
 * <p>The version is semantic: a new minor version only adds, a new major version (or, while the
 * major version is 0, a new minor version) may break plugins. A plugin states the range it works
 * with in its manifest entry {@code Plugin-Requires}; the host refuses to install a plugin whose
 * range does not contain this version and names both in the refusal.
 *
 * <pre>{@code
 * Plugin-Requires: ^0.1.0          # 0.1.x: the usual choice
 * Plugin-Requires: >=0.1.0 & <0.3.0
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PluginApi {

  /** The semantic version of this plugin API. */
  public static final String VERSION = "0.5.0";

  /**
   * The oldest plugin API version whose plugins still run on this host: 0.2.0 to 0.5.0 only add to
   * 0.1.0, so a plugin written for {@code ^0.1.0}, {@code ^0.2.0}, {@code ^0.3.0} or {@code ^0.4.0}
   * keeps working.
   *
   * @since 0.2.0
   */
  public static final String OLDEST_COMPATIBLE = "0.1.0";

  private PluginApi() {}
}
