package nl.techniekpact.cms.pact.editing;

/** The fields every numbered item of a pact edition has: a goal's or a theme's. */
public interface EditionItemInput extends java.io.Serializable {

  /** The slug of the edition. */
  String pact();

  /** The number in the edition, or {@code null} when absent. */
  Integer number();
}
