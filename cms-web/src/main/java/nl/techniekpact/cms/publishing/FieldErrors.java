package nl.techniekpact.cms.publishing;

import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.model.shared.DomainException;

/**
 * Collects the refused fields of one edit, so that all are reported at once; {@link #throwIfAny()}
 * ends the edit with an {@link InvalidContentException}.
 *
 * <pre>{@code
 * FieldErrors errors = new FieldErrors();
 * errors.attempt("title", () -> caseStudy.retitle(title));
 * errors.throwIfAny();
 * }</pre>
 */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  /** Adds a refused field, with a message worded by the caller. */
  public void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /**
   * Adds a refused field, worded in the request's language by the {@code refusals} bundle: Dutch or
   * English on back-office screens, English in the API.
   *
   * @param field the refused field
   * @param key the refusal's key in the bundle, such as {@code required}
   * @param arguments what the text names, such as the value given
   */
  public void refuse(String field, String key, Object... arguments) {
    add(field, Refusals.text(key, arguments));
  }

  /**
   * Runs a change of the domain model; a {@link DomainException} becomes an error of the field it
   * names (or of {@code field} when it names none).
   */
  public void attempt(String field, Runnable change) {
    try {
      change.run();
    } catch (DomainException refused) {
      add(refused.getField() == null ? field : refused.getField(), Refusals.of(refused));
    }
  }

  /** Whether any field was refused. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** The refused fields so far. */
  public List<FieldError> list() {
    return List.copyOf(errors);
  }

  /**
   * Ends the edit when a field was refused.
   *
   * @throws InvalidContentException listing every refused field
   */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidContentException(errors);
    }
  }
}
