package nl.techniekpact.cms.publishing;

import java.time.Instant;

/**
 * An item without publication state as an editor sees it (an organisation, a pact edition, a goal,
 * a theme): its editable fields and its version, which the next change must name, and whether it is
 * softly deleted.
 *
 * @param content the editable fields
 * @param version the optimistic version (also the number of its latest revision)
 * @param updatedAt when it was last saved
 * @param deletedAt when it was softly deleted, or {@code null} when it is not
 * @param <I> the editable fields' type
 */
public record EditedItem<I>(I content, long version, Instant updatedAt, Instant deletedAt)
    implements java.io.Serializable {

  /** An item that is not deleted. */
  public EditedItem(I content, long version, Instant updatedAt) {
    this(content, version, updatedAt, null);
  }

  /** Whether it is softly deleted. */
  public boolean deleted() {
    return deletedAt != null;
  }
}
