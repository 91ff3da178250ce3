/**
 * The plugin host: loads plugin jars with PF4J into one class loader each, keeps the database as
 * the source of truth for what is installed ({@link nl.techniekpact.cms.plugin.host.PluginStore}),
 * and runs every install, upgrade, enable, disable, pause and removal through one service, {@link
 * nl.techniekpact.cms.plugin.host.PluginLifecycle}. Every call into plugin code goes through {@link
 * nl.techniekpact.cms.plugin.host.PluginInvoker}; the running plugins' contributions are in {@link
 * nl.techniekpact.cms.plugin.host.PluginRegistry}.
 *
 * <p>The classes here are plain Java and run without a server (the tests load real plugin jars with
 * them); {@link nl.techniekpact.cms.plugin.host.PluginPlatform} wires them into the application.
 */
package nl.techniekpact.cms.plugin.host;
