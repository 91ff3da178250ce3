/** Plugin contributions to the public pages: fragments rendered into named slots. */
package nl.techniekpact.cms.plugin.web;
