package nl.techniekpact.cms.casestudy.editing;

import java.time.Instant;
import nl.techniekpact.model.shared.PublicationStatus;

/**
 * A case as an editor sees it: its editable fields and its state. Every service operation answers
 * with it; the {@link #version()} is what the next change must name.
 *
 * @param content the editable fields
 * @param version the optimistic version (also the number of its latest revision)
 * @param status the publication status
 * @param publishAt when it was or will be published, if known
 * @param unpublishAt when it stops being visible, if set
 * @param deletedAt when it was deleted softly, or {@code null}
 * @param updatedAt when it was last saved
 */
public record CaseStudyDocument(
    CaseStudyInput content,
    long version,
    PublicationStatus status,
    Instant publishAt,
    Instant unpublishAt,
    Instant deletedAt,
    Instant updatedAt) {

  /** The slug. */
  public String slug() {
    return content.slug();
  }

  /** Whether it is deleted softly. */
  public boolean deleted() {
    return deletedAt != null;
  }
}
