/**
 * The back-office screens for the items of plugins' content types ({@code /beheer/content/}): a
 * list per type and a form built from the plugin's field definitions.
 */
package nl.techniekpact.cms.plugin.content.web;
