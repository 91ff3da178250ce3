/**
 * The first-party site-pages plugin, built only on the plugin API: pages the editors write
 * themselves (contact, the accessibility statement, the privacy statement), a content type {@link
 * nl.techniekpact.plugins.pages.PageType} the host stores and edits, each published page at {@code
 * /pagina/{slug}} ({@link nl.techniekpact.plugins.pages.SitePage}), and links to the pages editors
 * chose in the footer of every public page ({@link nl.techniekpact.plugins.pages.FooterLinks}).
 */
package nl.techniekpact.plugins.pages;
