/**
 * Who else has an item's edit form open: {@link
 * nl.techniekpact.cms.backoffice.presence.EditingPresence} records each view of an edit form and
 * names the other editors on it, {@link nl.techniekpact.cms.backoffice.presence.PresenceBook} keeps
 * the entries (ADR 0046).
 */
package nl.techniekpact.cms.backoffice.presence;
