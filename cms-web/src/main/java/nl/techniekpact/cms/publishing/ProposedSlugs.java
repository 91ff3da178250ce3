package nl.techniekpact.cms.publishing;

import java.util.Optional;
import java.util.function.Predicate;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;

/**
 * Slugs for items created without one (absent or blank): derived from the title or name ({@link
 * Slug#fromText}: "De Maakotheek!" becomes {@code de-maakotheek}) and made free with a number
 * ({@code de-maakotheek-2}, {@code -3}, …) when an item of the type, softly deleted ones included,
 * already has it. An input with a slug, or whose type or title gives none, is left as it is:
 * validation then names the missing slug.
 */
final class ProposedSlugs {

  /** How many numbered variants are tried before giving up (validation names the taken slug). */
  static final int MAX_TRIES = 100;

  private ProposedSlugs() {}

  /** The input, with a derived slug when it has none and its title gives one. */
  static <I> I completed(EditableType<?, I, ?> type, I input) {
    if (input == null) {
      return null;
    }
    String given = type.slugOf(input);
    if (given != null && !given.isBlank()) {
      return input;
    }
    return derived(type.slugSourceOf(input))
        .map(base -> type.withSlug(input, free(base, slug -> type.find(slug).isPresent())))
        .orElse(input);
  }

  /** The slug a title gives, empty when it gives none (blank, or no letter or digit). */
  static Optional<String> derived(String source) {
    if (source == null || source.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Slug.fromText(source).getValue());
    } catch (InvalidSlugException e) {
      return Optional.empty();
    }
  }

  /** The base, or the first numbered variant that is not taken; the base when all are. */
  static String free(String base, Predicate<String> taken) {
    if (!taken.test(base)) {
      return base;
    }
    for (int n = 2; n <= MAX_TRIES; n++) {
      String suffix = "-" + n;
      String stem = base.substring(0, Math.min(base.length(), Slug.MAX_LENGTH - suffix.length()));
      String candidate = stem.replaceAll("-+$", "") + suffix;
      if (!taken.test(candidate)) {
        return candidate;
      }
    }
    return base;
  }
}
