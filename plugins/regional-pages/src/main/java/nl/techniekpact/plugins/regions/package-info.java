/**
 * The first-party regional-pages plugin, built only on the plugin API: the index of the landsdelen
 * {@code /regio} and a page per landsdeel {@code /regio/{slug}} with its ambitions, the sections of
 * the region slot (the case-studies plugin's cases), its partners and contact, and {@link
 * nl.techniekpact.plugins.regions.RegionSection}, the extension point partners implement to add a
 * section to a region's page.
 */
package nl.techniekpact.plugins.regions;
