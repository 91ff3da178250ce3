/**
 * Plugins over HTTP: {@code /api/v1/plugins/<id>/…} dispatches to a running plugin's endpoint, and
 * the plugin administration API (role {@code plugin-admin}) lists, installs, enables, disables and
 * removes plugins through the host's one lifecycle service.
 */
package nl.techniekpact.cms.plugin.rest;
