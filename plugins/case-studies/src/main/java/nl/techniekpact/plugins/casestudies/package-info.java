/**
 * The first-party case-studies plugin, built only on the plugin API: the case index {@code /cases}
 * and a page per case {@code /cases/{slug}} ({@link
 * nl.techniekpact.plugins.casestudies.CaseIndexPage}, {@link
 * nl.techniekpact.plugins.casestudies.CaseDetailPage}), the cases on the home, goal and region
 * pages (fragments), an Atom feed of new cases ({@link
 * nl.techniekpact.plugins.casestudies.CaseFeed}) and {@link
 * nl.techniekpact.plugins.casestudies.CaseSection}, the extension point partners implement to add a
 * section to a case's page.
 */
package nl.techniekpact.plugins.casestudies;
