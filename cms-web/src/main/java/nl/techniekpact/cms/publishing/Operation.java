package nl.techniekpact.cms.publishing;

import java.util.Locale;
import nl.techniekpact.plugin.api.ContentEvent;

/**
 * The operations on content, as revisions and the audit log name them, with the {@link
 * ContentEvent.Kind} each fires.
 */
public enum Operation {
  CREATE(ContentEvent.Kind.CREATED),
  UPDATE(ContentEvent.Kind.UPDATED),
  DELETE(ContentEvent.Kind.DELETED),
  RESTORE(ContentEvent.Kind.UPDATED),
  PUBLISH(ContentEvent.Kind.PUBLISHED),
  UNPUBLISH(ContentEvent.Kind.UNPUBLISHED),
  SCHEDULE(ContentEvent.Kind.UPDATED),
  RESTORE_REVISION(ContentEvent.Kind.UPDATED),
  SCHEDULED_PUBLISH(ContentEvent.Kind.PUBLISHED),
  SCHEDULED_UNPUBLISH(ContentEvent.Kind.UNPUBLISHED);

  private final ContentEvent.Kind kind;

  Operation(ContentEvent.Kind kind) {
    this.kind = kind;
  }

  /** What the event of this operation says happened. */
  public ContentEvent.Kind kind() {
    return kind;
  }

  /** The name in revisions and the audit log, such as {@code restore-revision}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
