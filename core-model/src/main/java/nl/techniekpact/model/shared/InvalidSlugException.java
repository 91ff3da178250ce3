package nl.techniekpact.model.shared;

/**
 * A slug (het leesbare deel van een adres) that does not follow the rules of {@link Slug}.
 *
 * @since 0.1.0
 */
public class InvalidSlugException extends DomainException {

  /**
   * Creates the exception.
   *
   * @param value the rejected slug
   */
  public InvalidSlugException(String value) {
    super(
        "slug",
        value,
        "slug "
            + quote(value)
            + " is invalid: use lowercase letters, digits and single hyphens, at most "
            + Slug.MAX_LENGTH
            + " characters");
  }
}
