package nl.techniekpact.cms.plugin.content.rest;

import java.util.List;

/**
 * The shape of a page of plugin items, as {@code GET /api/v1/content/{plugin}/{type}} answers it
 * (for the OpenAPI document; the resource answers a {@code PagedView}).
 *
 * @param items the items of this page
 * @param page the page number, from 1
 * @param size the items per page
 * @param total the items on all pages
 * @param totalPages the number of pages
 */
public record PluginItemPageView(
    List<PluginItemView> items, int page, int size, long total, int totalPages) {}
