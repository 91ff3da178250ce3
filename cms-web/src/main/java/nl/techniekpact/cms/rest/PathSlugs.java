package nl.techniekpact.cms.rest;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.PublishableEntity;
import nl.techniekpact.model.shared.Slug;

/** Reads slugs that clients send, in paths and query parameters, without trusting them. */
public final class PathSlugs {

  /** The JAX-RS path template of a slug parameter, so malformed ones never reach a resource. */
  public static final String TEMPLATE = "{slug: " + Slug.PATTERN + "}";

  private PathSlugs() {}

  /**
   * What a slug a client sent names, if it is visible to the public now: the one lookup of
   * published content by slug, for paths and filters alike.
   *
   * <pre>{@code
   * Optional<Region> region = PathSlugs.findVisible(text, regions::findBySlug, Instant.now());
   * }</pre>
   */
  public static <T extends PublishableEntity> Optional<T> findVisible(
      String text, Function<Slug, Optional<T>> finder, Instant now) {
    return parse(text).flatMap(finder).filter(found -> found.isVisibleAt(now));
  }

  /** The slug, or empty when the text is no valid slug (too long, wrong characters). */
  public static Optional<Slug> parse(String text) {
    try {
      return Optional.of(Slug.of(text));
    } catch (InvalidSlugException invalid) {
      return Optional.empty();
    }
  }
}
