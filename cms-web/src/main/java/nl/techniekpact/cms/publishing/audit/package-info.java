/**
 * The audit log: one entry per operation on content (who, what, when, which item), written in the
 * operation's transaction, searchable with filters and paging.
 */
package nl.techniekpact.cms.publishing.audit;
