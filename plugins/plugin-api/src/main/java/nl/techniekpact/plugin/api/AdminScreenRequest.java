package nl.techniekpact.plugin.api;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks for an {@link AdminScreen}, and in which language.
 *
 * <pre>{@code
 * if (!request.national() && !request.regions().contains(place.region())) { continue; }
 * }</pre>
 *
 * @param locale the editor's language
 * @param username the signed-in account
 * @param national whether the account edits all content (administrators, national editors)
 * @param regions the slugs of the regions a regional editor edits (empty for national accounts)
 * @since 0.3.0
 */
public record AdminScreenRequest(
    Locale locale, String username, boolean national, Set<String> regions) {

  /** Checks the parts. */
  public AdminScreenRequest {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(username, "username");
    regions = Set.copyOf(regions);
  }
}
