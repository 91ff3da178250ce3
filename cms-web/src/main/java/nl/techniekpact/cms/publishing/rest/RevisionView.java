package nl.techniekpact.cms.publishing.rest;

import nl.techniekpact.cms.publishing.revision.RevisionSummary;
import nl.techniekpact.cms.rest.Iso;

/**
 * A revision in a list, as the API shows it.
 *
 * @param number the revision's number (the item's version after that save)
 * @param operation what saved it: create, update, delete, restore, publish, unpublish, schedule,
 *     restore-revision
 * @param author the username of who saved it
 * @param at when
 */
public record RevisionView(long number, String operation, String author, String at) {

  /** The view of a summary. */
  public static RevisionView of(RevisionSummary r) {
    return new RevisionView(r.number(), r.operation(), r.author(), Iso.instant(r.at()));
  }
}
