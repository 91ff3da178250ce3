package nl.techniekpact.plugin.api;

/**
 * The version of the plugin API that a host implements and a plugin declares it needs.
 *
 * <p>The extension points arrive with the plugin platform; this type pins the API version that
 * hosts and plugins compare.
 *
 * @since 0.1.0
 */
public final class PluginApi {

  /** The semantic version of this plugin API. */
  public static final String VERSION = "0.1.0";

  private PluginApi() {}
}
