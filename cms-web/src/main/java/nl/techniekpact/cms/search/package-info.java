/**
 * Full-text search over the published content (goals, regions, ambassadors, cases, organisations)
 * in Dutch and English: a Lucene index per node ({@link nl.techniekpact.cms.search.SearchIndex}),
 * rebuilt from the database at start and kept current by {@link
 * nl.techniekpact.cms.publishing.ContentChanged} ({@link nl.techniekpact.cms.search.SiteSearch}).
 * See docs/adr/0011-search.md.
 */
package nl.techniekpact.cms.search;
