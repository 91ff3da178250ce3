/**
 * The organisation aggregate: partner organisations (partners) from bedrijfsleven, onderwijs or
 * overheid, named by case studies. Stored with {@link
 * nl.techniekpact.model.organisation.OrganisationRepository}.
 *
 * @since 0.1.0
 */
package nl.techniekpact.model.organisation;
