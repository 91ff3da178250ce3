package nl.techniekpact.plugin.api;

import java.util.Objects;

/**
 * A published landsdeel as lists and filters show it: a plain, immutable value, not an entity. The
 * host may keep these across requests and hand the same ones to every caller (see {@link
 * ContentQueries#publishedRegionSummaries()}).
 *
 * <pre>{@code
 * for (RegionSummary region : content.publishedRegionSummaries()) {
 *   options.add(new Option(region.slug(), region.name()));
 * }
 * }</pre>
 *
 * @param slug the slug, for example {@code noord-nederland}
 * @param name the name, for example {@code Noord-Nederland}
 * @since 0.4.0
 */
public record RegionSummary(String slug, String name) {

  /** Checks the parts. */
  public RegionSummary {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
  }
}
