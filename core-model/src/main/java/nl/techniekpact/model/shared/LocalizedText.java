package nl.techniekpact.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A text in Dutch (verplicht) with an optional English translation (vertaling).
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of("Make it Move");
 * LocalizedText both = LocalizedText.of("Doelen", "Goals");
 * both.in(Locale.ENGLISH); // "Goals"
 * title.in(Locale.ENGLISH); // "Make it Move" (falls back to Dutch)
 * }</pre>
 *
 * <p>An {@code @Embeddable}: every use names its columns with {@code @AttributeOverride}, for
 * example {@code title_nl} and {@code title_en}. Blank English becomes {@code null}; the Dutch text
 * is kept exactly as given.
 *
 * @since 0.1.0
 */
@Embeddable
public class LocalizedText {

  /** The largest text any column holds. */
  public static final int MAX_LENGTH = 100_000;

  @NotBlank
  @Size(max = MAX_LENGTH)
  @Column(name = "nl")
  private String nl;

  @Size(max = MAX_LENGTH)
  @Column(name = "en")
  private String en;

  /** For JPA only. */
  protected LocalizedText() {}

  private LocalizedText(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /**
   * A Dutch text without translation.
   *
   * @param nl the Dutch text
   * @return the text
   * @throws MissingValueException when the Dutch text is blank (field {@code nl})
   */
  public static LocalizedText of(String nl) {
    return of(nl, null);
  }

  /**
   * A Dutch text with an optional English translation.
   *
   * @param nl the Dutch text, required
   * @param en the English text, or {@code null}
   * @return the text
   * @throws MissingValueException when the Dutch text is blank (field {@code nl})
   * @throws InvalidValueException when either is longer than {@value #MAX_LENGTH} characters
   */
  public static LocalizedText of(String nl, String en) {
    if (nl == null || nl.isBlank()) {
      throw new MissingValueException("nl", nl);
    }
    Require.maxLength("nl", nl, MAX_LENGTH);
    Require.maxLength("en", en, MAX_LENGTH);
    return new LocalizedText(nl, en == null || en.isBlank() ? null : en);
  }

  /**
   * Checks the length of both languages against a column's size.
   *
   * @param field the field this text is used for, for example {@code "title"}
   * @param maxLength the maximum length of each language
   * @return this text
   * @throws InvalidValueException naming {@code field.nl} or {@code field.en} when too long
   */
  public LocalizedText requireMaxLength(String field, int maxLength) {
    Require.maxLength(field + ".nl", nl, maxLength);
    Require.maxLength(field + ".en", en, maxLength);
    return this;
  }

  /**
   * The Dutch text.
   *
   * @return never blank
   */
  public String getNl() {
    return nl;
  }

  /**
   * The English text, if translated.
   *
   * @return the English text or {@code null}
   */
  public String getEn() {
    return en;
  }

  /**
   * The English translation, if any.
   *
   * @return the English text
   */
  public Optional<String> english() {
    return Optional.ofNullable(en);
  }

  /**
   * The text for a reader's language: English when asked for and translated, Dutch otherwise.
   *
   * @param locale the reader's locale
   * @return the best text
   */
  public String in(Locale locale) {
    if (en != null && locale != null && "en".equals(locale.getLanguage())) {
      return en;
    }
    return nl;
  }

  /**
   * A copy with another English translation.
   *
   * @param english the English text or {@code null} to remove it
   * @return the new text
   */
  public LocalizedText withEnglish(String english) {
    return of(nl, english);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other
        && Objects.equals(nl, other.nl)
        && Objects.equals(en, other.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nl, en);
  }

  @Override
  public String toString() {
    return en == null ? nl : nl + " / " + en;
  }
}
