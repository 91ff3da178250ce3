package nl.techniekpact.cms.publishing.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.techniekpact.cms.publishing.FieldErrors;

/**
 * The publication state a client asks for with {@code PUT …/{slug}/publication}:
 *
 * <ul>
 *   <li>{@code {"status":"PUBLISHED"}} publishes now; with {@code "unpublishAt"} until then;
 *   <li>{@code {"status":"SCHEDULED","publishAt":"…"}} publishes at a moment (with an optional
 *       {@code "unpublishAt"}); {@code {"status":"SCHEDULED","unpublishAt":"…"}} keeps a published
 *       item published until then;
 *   <li>{@code {"status":"DRAFT"}} takes it off the site.
 * </ul>
 *
 * @param status PUBLISHED, SCHEDULED or DRAFT
 * @param publishAt an ISO-8601 moment in the future, for SCHEDULED
 * @param unpublishAt an ISO-8601 moment in the future, or absent
 */
public record PublicationRequest(String status, String publishAt, String unpublishAt) {

  /** What the request asks for, checked. */
  public enum Target {
    PUBLISHED,
    SCHEDULED,
    DRAFT
  }

  /** The request, checked; every refused field in {@code errors}. */
  public Checked check(FieldErrors errors) {
    Target target = null;
    if (status == null || status.isBlank()) {
      errors.add("status", "is required: PUBLISHED, SCHEDULED or DRAFT");
    } else {
      try {
        target = Target.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        errors.add("status", "must be PUBLISHED, SCHEDULED or DRAFT, not " + status);
      }
    }
    Instant start = moment("publishAt", publishAt, errors);
    Instant end = moment("unpublishAt", unpublishAt, errors);
    if (target == Target.PUBLISHED && start != null) {
      errors.add("publishAt", "is only for SCHEDULED; PUBLISHED publishes now");
    }
    if (target == Target.DRAFT && (start != null || end != null)) {
      errors.add("status", "DRAFT takes no moments");
    }
    return new Checked(target, start, end);
  }

  /** A checked request. */
  public record Checked(Target target, Instant publishAt, Instant unpublishAt) {}

  private static Instant moment(String field, String text, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException malformed) {
      errors.add(field, "must be an ISO-8601 moment such as 2026-12-01T08:00:00Z, not " + text);
      return null;
    }
  }
}
