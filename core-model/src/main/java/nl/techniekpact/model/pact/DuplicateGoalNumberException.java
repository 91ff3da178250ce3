package nl.techniekpact.model.pact;

import nl.techniekpact.model.shared.DomainException;

/**
 * A goal (doel) or theme (thema) number that is already taken in its pact edition.
 *
 * @since 0.1.0
 */
public class DuplicateGoalNumberException extends DomainException {

  /**
   * Creates the exception.
   *
   * @param what {@code "goal"} or {@code "theme"}
   * @param number the number that is taken
   * @param pact the slug of the pact edition
   */
  public DuplicateGoalNumberException(String what, int number, String pact) {
    super("number", number, what + " number " + number + " already exists in pact " + quote(pact));
  }
}
