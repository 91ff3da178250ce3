/**
 * The page cache: the HTML of public pages for anonymous visitors, kept in memory and served
 * without rendering, with conditional GET ({@code ETag}, {@code Last-Modified}, 304) on every
 * public page. {@link nl.techniekpact.cms.pagecache.PageCacheFilter} is the gate, {@link
 * nl.techniekpact.cms.pagecache.PageCache} holds the pages and is the one place they are
 * invalidated (see docs/adr/0010-page-cache.md).
 */
package nl.techniekpact.cms.pagecache;
