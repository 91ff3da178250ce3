/**
 * Plugin contributions to the public site: fragments rendered into named slots ({@link
 * nl.techniekpact.cms.plugin.web.PluginFragments}), and plugins' own pages and static files below
 * {@code /p/} ({@link nl.techniekpact.cms.plugin.web.PluginPagesFilter} in front, {@link
 * nl.techniekpact.cms.plugin.web.PluginViewResources} finding the Facelets in the jars, {@link
 * nl.techniekpact.cms.plugin.web.PluginPage} as {@code #{pluginPage}} for the Facelets).
 */
package nl.techniekpact.cms.plugin.web;
