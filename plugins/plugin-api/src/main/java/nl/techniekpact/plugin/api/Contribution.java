package nl.techniekpact.plugin.api;

/**
 * What one implementation of a plugin's own extension point gave when the plugin called it through
 * {@link PluginContext#contributions}: its value, or the fact that it failed (the host has logged
 * and counted the failure against the partner plugin; show nothing or a placeholder).
 *
 * @param pluginId the plugin whose extension it is
 * @param value what it returned; {@code null} when it failed or returned nothing
 * @param failed whether it threw
 * @param <R> the type of value
 * @since 0.2.0
 */
public record Contribution<R>(String pluginId, R value, boolean failed) {}
