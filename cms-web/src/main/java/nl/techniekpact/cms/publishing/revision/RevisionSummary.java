package nl.techniekpact.cms.publishing.revision;

import java.time.Instant;

/**
 * A revision in a list: its number (the item's version after that save), what saved it, who and
 * when.
 *
 * @param number the revision's number
 * @param operation such as {@code create}, {@code update}, {@code publish}, {@code restore}
 * @param author the username
 * @param at when
 */
public record RevisionSummary(long number, String operation, String author, Instant at) {

  /** The summary of a revision. */
  public static RevisionSummary of(Revision r) {
    return new RevisionSummary(r.getNumber(), r.getOperation(), r.getAuthor(), r.getCreatedAt());
  }
}
