package nl.techniekpact.model.catalogue;

/**
 * One thing wrong with a catalogue, at a path into it such as {@code cases[3].region}.
 *
 * @param path where, in JSON terms: {@code cases[3].region}, {@code pacts[0].goals[4].number}
 * @param message what, naming the offending value
 * @since 0.1.0
 */
public record CatalogueProblem(String path, String message) {

  /** Returns {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
