package nl.techniekpact.plugin.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One published item of a plugin's {@link ContentType}, as editors filled it in and the host stores
 * it; read through {@link PluginContext#items()}. The values are keyed by field key and have one
 * Java type per {@link FieldType}: {@link Text} for {@code TEXT} and {@code RICH_TEXT} (rich text
 * already sanitized by the host), {@link Long} for {@code NUMBER}, {@link LocalDate} for {@code
 * DATE}, {@link Boolean} for {@code BOOLEAN}, {@link String} for {@code URL} and {@code REGION}
 * (the region's slug) and {@link Integer} for {@code GOAL}. An empty optional field has no entry.
 *
 * <pre>{@code
 * for (ContentItem place : context.items().published("internship-place")) {
 *   String title = place.text("title", locale);          // English when given, else Dutch
 *   long open = place.number("places").orElse(1L);
 *   String region = place.region().orElse("");
 * }
 * }</pre>
 *
 * @param type the content type's key
 * @param slug the item's slug, unique within the type
 * @param region the slug of the landsdeel the item belongs to (its first {@code REGION} field), or
 *     {@code null} for national content
 * @param values the field values
 * @param updatedAt when it was last saved
 * @since 0.3.0
 */
public record ContentItem(
    String type, String slug, String region, Map<String, Object> values, Instant updatedAt) {

  /** Checks the parts and copies the values. */
  public ContentItem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(slug, "slug");
    values = Map.copyOf(values);
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * The landsdeel, if the item has one.
   *
   * @return the region's slug
   */
  public Optional<String> regionSlug() {
    return Optional.ofNullable(region);
  }

  /**
   * A text or rich-text field in a language: English when asked for and filled in, Dutch otherwise.
   * Plain text is not escaped: escape it when writing HTML ({@link Html#escape}); rich text is
   * sanitized HTML.
   *
   * @param key the field's key
   * @param locale the visitor's language
   * @return the text, or {@code null} when empty
   */
  public String text(String key, Locale locale) {
    return values.get(key) instanceof Text text ? text.in(locale) : null;
  }

  /**
   * A number field.
   *
   * @param key the field's key
   * @return the number, if filled in
   */
  public Optional<Long> number(String key) {
    return values.get(key) instanceof Long number ? Optional.of(number) : Optional.empty();
  }

  /**
   * A date field.
   *
   * @param key the field's key
   * @return the date, if filled in
   */
  public Optional<LocalDate> date(String key) {
    return values.get(key) instanceof LocalDate date ? Optional.of(date) : Optional.empty();
  }

  /**
   * A yes/no field; empty counts as no.
   *
   * @param key the field's key
   * @return whether yes
   */
  public boolean flag(String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  /**
   * A URL or region field, as stored (an absolute link, or a region's slug).
   *
   * @param key the field's key
   * @return the value, if filled in
   */
  public Optional<String> string(String key) {
    return values.get(key) instanceof String string ? Optional.of(string) : Optional.empty();
  }

  /**
   * A goal field: the number of a goal of the current pact.
   *
   * @param key the field's key
   * @return the number, if filled in
   */
  public Optional<Integer> goal(String key) {
    return values.get(key) instanceof Integer goal ? Optional.of(goal) : Optional.empty();
  }

  /**
   * A text in Dutch and, optionally, English.
   *
   * @param nl the Dutch text
   * @param en the English text, or {@code null}
   * @since 0.3.0
   */
  public record Text(String nl, String en) {

    /** Checks that there is a Dutch text. */
    public Text {
      Objects.requireNonNull(nl, "nl");
    }

    /**
     * The text in a language: English when asked for and given, Dutch otherwise.
     *
     * @param locale the language
     * @return the text
     */
    public String in(Locale locale) {
      return en != null && "en".equals(locale.getLanguage()) ? en : nl;
    }
  }
}
