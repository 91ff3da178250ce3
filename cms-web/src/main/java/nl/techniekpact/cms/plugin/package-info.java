/**
 * The plugin platform: {@code host} loads and manages plugins, {@code web} renders their fragments
 * into pages, {@code rest} serves their endpoints and the plugin administration API.
 */
package nl.techniekpact.cms.plugin;
