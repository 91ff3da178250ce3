package nl.techniekpact.model.catalogue;

/**
 * What an import stored.
 *
 * @param pacts pact editions
 * @param goals goals of those editions
 * @param regions landsdelen
 * @param organisations partner organisations
 * @param ambassadors aanjager and ambassadeurs
 * @param cases case studies
 * @since 0.1.0
 */
public record ImportSummary(
    int pacts, int goals, int regions, int organisations, int ambassadors, int cases) {}
