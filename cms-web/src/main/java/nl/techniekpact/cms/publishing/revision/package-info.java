/**
 * Revisions: every save of an item is stored as a JSON snapshot with its version, author, moment
 * and operation; listed, compared ({@link nl.techniekpact.cms.publishing.revision.SnapshotDiff})
 * and restored (a restore is a new save) through the content types' services.
 */
package nl.techniekpact.cms.publishing.revision;
