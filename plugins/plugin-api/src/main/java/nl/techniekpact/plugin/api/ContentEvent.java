package nl.techniekpact.plugin.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A committed change of content, as {@link ContentEventListener}s receive it.
 *
 * <pre>{@code
 * new ContentEvent(ContentEvent.Kind.PUBLISHED, ContentEvent.CASE_STUDY, "de-maakotheek", now);
 * }</pre>
 *
 * @param kind what happened
 * @param contentType the kind of content: one of the constants of this type for the host's own
 *     content, or {@code <plugin-id>/<type-key>} for a plugin's {@link ContentType}
 * @param slug the slug (or other key) of the item
 * @param at when the change was committed
 * @since 0.1.0
 */
public record ContentEvent(Kind kind, String contentType, String slug, Instant at) {

  /** The content type of landsdelen. */
  public static final String REGION = "region";

  /** The content type of case studies. */
  public static final String CASE_STUDY = "case-study";

  /** The content type of ambassadors. */
  public static final String AMBASSADOR = "ambassador";

  /** The content type of pact editions and their goals. */
  public static final String PACT = "pact";

  /** Checks the parts. */
  public ContentEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(at, "at");
  }

  /**
   * What happened to an item.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** A new item was saved. */
    CREATED,
    /** An item was changed. */
    UPDATED,
    /** An item became visible to the public. */
    PUBLISHED,
    /** An item stopped being visible to the public. */
    UNPUBLISHED,
    /** An item was removed. */
    DELETED
  }
}
