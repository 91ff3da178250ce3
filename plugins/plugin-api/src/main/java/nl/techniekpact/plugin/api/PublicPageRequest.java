package nl.techniekpact.plugin.api;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One view of a {@link PublicPage}: which page, in which language, with which query parameters.
 *
 * <pre>{@code
 * String region = request.parameter("region").orElse("");
 * boolean english = request.locale().getLanguage().equals("en");
 * }</pre>
 *
 * @param pageId the page's {@link PublicPage#id() id}
 * @param locale the visitor's language ({@code nl} or {@code en})
 * @param parameters the query parameters of the address, the first value of each
 * @since 0.1.0
 */
public record PublicPageRequest(String pageId, Locale locale, Map<String, String> parameters) {

  /** Checks and copies the parts. */
  public PublicPageRequest {
    Objects.requireNonNull(pageId, "pageId");
    Objects.requireNonNull(locale, "locale");
    parameters = Map.copyOf(parameters);
  }

  /**
   * A query parameter of the address.
   *
   * @param name its name
   * @return its first value, if the address has it
   */
  public Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }
}
