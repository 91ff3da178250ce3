package nl.techniekpact.plugin.api;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page view asking a {@link PageFragment} for its HTML.
 *
 * <pre>{@code
 * String region = request.parameter("region").orElse("");
 * boolean english = request.locale().getLanguage().equals("en");
 * }</pre>
 *
 * @param slot the slot being rendered
 * @param locale the visitor's language ({@code nl} or {@code en})
 * @param parameters what the slot is about, as its {@link PageSlot} documentation lists
 * @since 0.1.0
 */
public record FragmentRequest(String slot, Locale locale, Map<String, String> parameters) {

  /** Checks and copies the parts. */
  public FragmentRequest {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(locale, "locale");
    parameters = Map.copyOf(parameters);
  }

  /**
   * A parameter of the slot.
   *
   * @param name its name
   * @return its value, if the slot has it
   */
  public Optional<String> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }
}
