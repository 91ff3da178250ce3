package nl.techniekpact.model.ambassador;

/**
 * The role of a face of the Techniekpact.
 *
 * @since 0.1.0
 */
public enum AmbassadorRole {
  /** Aanjager: drives the pact, brings the parties together. There is usually one. */
  AANJAGER,
  /** Ambassadeur: carries the passion for science and technology to young people. */
  AMBASSADEUR
}
