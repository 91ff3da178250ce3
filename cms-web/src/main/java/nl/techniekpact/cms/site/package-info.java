/**
 * What every public page shares: the language the visitor reads the site in, the clean addresses of
 * the host's pages ({@link nl.techniekpact.cms.site.SiteRoutes}), and what crawlers read ({@code
 * sitemap.xml}, {@code robots.txt}).
 */
package nl.techniekpact.cms.site;
