package nl.techniekpact.cms.publishing;

import java.time.Instant;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * The publication of an item as its edit form shows it, whatever its kind: what the form needs to
 * tell whether the public may see the item now.
 */
public interface EditedPublication {

  /** The item's slug. */
  String slug();

  /** Its publication status. */
  PublicationStatus status();

  /** When it is or was published, or scheduled to be; {@code null} for a draft. */
  Instant publishAt();

  /** When its publication ends, or {@code null}. */
  Instant unpublishAt();

  /** When it was deleted softly, or {@code null}. */
  Instant deletedAt();
}
