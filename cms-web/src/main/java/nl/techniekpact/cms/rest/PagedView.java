package nl.techniekpact.cms.rest;

import java.util.List;

/**
 * One page of a list as the API shows it.
 *
 * @param items the items on this page
 * @param page this page's number, from 1
 * @param size the items per page asked for
 * @param total how many items all pages hold
 * @param totalPages how many pages there are; 0 when the list is empty
 * @param <T> the item view
 */
public record PagedView<T>(List<T> items, int page, int size, long total, int totalPages) {}
