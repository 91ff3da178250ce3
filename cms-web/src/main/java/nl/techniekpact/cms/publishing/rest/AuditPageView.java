package nl.techniekpact.cms.publishing.rest;

import java.util.List;

/**
 * One page of the audit log.
 *
 * @param items the entries, newest first
 * @param page the page number, from 1
 * @param size entries per page
 * @param total matching entries on all pages
 * @param totalPages the number of pages
 */
public record AuditPageView(
    List<AuditEntryView> items, int page, int size, long total, int totalPages) {}
