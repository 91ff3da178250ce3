package nl.techniekpact.cms.publishing;

import java.time.Instant;
import nl.techniekpact.model.shared.PublicationStatus;
import nl.techniekpact.model.shared.PublishableEntity;

/**
 * An item as an editor sees it: its editable fields and its state, for any content type whose
 * fields are an {@link EditInput}. Every editing operation answers with it; the {@link #version()}
 * is what the next change must name.
 *
 * <pre>{@code
 * ContentDocument<RegionInput> region = ContentDocument.of(input, entity);
 * regions.update(me, region.slug(), region.version(), changed);
 * }</pre>
 *
 * @param <I> the editable fields
 * @param content the editable fields
 * @param version the optimistic version (also the number of its latest revision)
 * @param status the publication status
 * @param publishAt when it was or will be published, if known
 * @param unpublishAt when it stops being visible, if set
 * @param deletedAt when it was deleted softly, or {@code null}
 * @param updatedAt when it was last saved
 */
public record ContentDocument<I extends EditInput>(
    I content,
    long version,
    PublicationStatus status,
    Instant publishAt,
    Instant unpublishAt,
    Instant deletedAt,
    Instant updatedAt)
    implements java.io.Serializable, EditedPublication {

  /** The document of an item whose editable fields are {@code content}. */
  public static <I extends EditInput> ContentDocument<I> of(I content, PublishableEntity item) {
    return new ContentDocument<>(
        content,
        item.getVersion(),
        item.getPublication().getStatus(),
        item.getPublication().getAt().orElse(null),
        item.getPublication().getUntil().orElse(null),
        item.getDeletedAt(),
        item.getUpdatedAt());
  }

  /** The slug. */
  public String slug() {
    return content.slug();
  }

  /** Whether it is deleted softly. */
  public boolean deleted() {
    return deletedAt != null;
  }
}
