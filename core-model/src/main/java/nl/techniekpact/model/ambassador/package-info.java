/**
 * The ambassador aggregate: the aanjager and the ambassadeurs of the Techniekpact, with teaser,
 * profile, photo and the goals they stand for. Stored with {@link
 * nl.techniekpact.model.ambassador.AmbassadorRepository}.
 *
 * @since 0.1.0
 */
package nl.techniekpact.model.ambassador;
