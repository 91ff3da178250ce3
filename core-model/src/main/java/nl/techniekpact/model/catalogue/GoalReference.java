package nl.techniekpact.model.catalogue;

import java.util.Comparator;
import nl.techniekpact.model.shared.InvalidValueException;
import nl.techniekpact.model.shared.Require;
import nl.techniekpact.model.shared.Slug;

/**
 * Points at a goal (doel) in a catalogue by its pact edition and number, written {@code
 * techniekpact/4} in JSON.
 *
 * <pre>{@code
 * GoalReference ref = GoalReference.parse("techniekpact/4");
 * ref.pact();   // techniekpact
 * ref.number(); // 4
 * }</pre>
 *
 * @param pact the slug of the pact edition
 * @param number the goal's number within it
 * @since 0.1.0
 */
public record GoalReference(Slug pact, int number) implements Comparable<GoalReference> {

  private static final Comparator<GoalReference> ORDER =
      Comparator.comparing(GoalReference::pact).thenComparingInt(GoalReference::number);

  public GoalReference {
    Require.present("pact", pact);
    Require.positive("number", number);
  }

  /**
   * Reads the {@code pact/number} form.
   *
   * @param text for example {@code "techniekpact/4"}
   * @return the reference
   * @throws InvalidValueException naming {@code goal} when the form is wrong
   */
  public static GoalReference parse(String text) {
    int slash = text == null ? -1 : text.lastIndexOf('/');
    if (slash > 0) {
      try {
        return new GoalReference(
            Slug.of(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
      } catch (RuntimeException e) {
        // fall through to the uniform message
      }
    }
    throw new InvalidValueException(
        "goal", text, "write a goal as pact-slug/number, for example \"techniekpact/4\"");
  }

  @Override
  public int compareTo(GoalReference other) {
    return ORDER.compare(this, other);
  }

  /** Returns the {@code pact/number} form. */
  @Override
  public String toString() {
    return pact + "/" + number;
  }
}
