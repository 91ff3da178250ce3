/**
 * Publishing: the application services every write goes through (back office and API alike) —
 * authorisation, validation, sanitizing, optimistic versions, revisions, audit, schedule — and the
 * {@link nl.techniekpact.cms.publishing.ContentChanged} event they fire after commit.
 */
package nl.techniekpact.cms.publishing;
