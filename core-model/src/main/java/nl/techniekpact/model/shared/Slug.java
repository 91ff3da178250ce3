package nl.techniekpact.model.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The readable, unique part of an address (de slug), such as {@code noord-nederland} in {@code
 * /landsdelen/noord-nederland}: lowercase letters, digits and single hyphens, at most {@value
 * #MAX_LENGTH} characters. Slugs are unique per type (two regions never share one, a region and a
 * case may).
 *
 * <pre>{@code
 * Slug slug = Slug.of("noord-nederland");
 * Slug fromTitle = Slug.fromText("Make it Move!"); // make-it-move
 * Slug.of("Noord Nederland!"); // throws InvalidSlugException
 * }</pre>
 *
 * <p>Mapped as an {@code @Embeddable} onto the column {@code slug}.
 *
 * @since 0.1.0
 */
@Embeddable
public class Slug implements Comparable<Slug> {

  /** The maximum length of a slug. */
  public static final int MAX_LENGTH = 100;

  /** The pattern every slug matches. */
  public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

  @NotNull
  @Size(max = MAX_LENGTH)
  @Pattern(regexp = PATTERN)
  @Column(name = "slug", nullable = false, length = MAX_LENGTH)
  private String value;

  /** For JPA only. */
  protected Slug() {}

  private Slug(String value) {
    this.value = value;
  }

  /**
   * Accepts a slug as it is.
   *
   * @param value the slug, for example {@code "make-it-move"}
   * @return the slug
   * @throws InvalidSlugException when it is not lowercase letters, digits and single hyphens
   */
  public static Slug of(String value) {
    if (value == null || value.length() > MAX_LENGTH || !COMPILED.matcher(value).matches()) {
      throw new InvalidSlugException(value);
    }
    return new Slug(value);
  }

  /**
   * Derives a slug from a title or name: accents are removed, everything that is not a letter or
   * digit becomes a single hyphen, and the result is cut at {@value #MAX_LENGTH} characters.
   *
   * @param text for example {@code "André Kuipers"}
   * @return for example {@code andre-kuipers}
   * @throws InvalidSlugException when nothing usable is left
   */
  public static Slug fromText(String text) {
    if (text == null) {
      throw new InvalidSlugException(null);
    }
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > MAX_LENGTH) {
      ascii = ascii.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    if (ascii.isEmpty()) {
      throw new InvalidSlugException(text);
    }
    return of(ascii);
  }

  /**
   * The slug text.
   *
   * @return for example {@code "noord-nederland"}
   */
  public String getValue() {
    return value;
  }

  @Override
  public int compareTo(Slug other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Slug other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the slug text. */
  @Override
  public String toString() {
    return value;
  }
}
