package nl.techniekpact.model.organisation;

/**
 * The three parties of the Techniekpact (de drie partijen).
 *
 * @since 0.1.0
 */
public enum OrganisationKind {
  /** Bedrijfsleven: companies and their sector organisations. */
  BEDRIJFSLEVEN,
  /** Onderwijs: schools, colleges and universities. */
  ONDERWIJS,
  /** Overheid: national, provincial and municipal government. */
  OVERHEID
}
