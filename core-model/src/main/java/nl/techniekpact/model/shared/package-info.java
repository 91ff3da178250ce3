/**
 * What every aggregate uses: the value objects {@link nl.techniekpact.model.shared.Slug}, {@link
 * nl.techniekpact.model.shared.LocalizedText} (Nederlands verplicht, Engels optioneel), {@link
 * nl.techniekpact.model.shared.ImageReference} (alt-tekst verplicht) and {@link
 * nl.techniekpact.model.shared.PublicationState} (concept, gepland, gepubliceerd, gearchiveerd);
 * the {@link nl.techniekpact.model.shared.EducationLevel education levels}; the base classes with
 * id, version and audit moments; {@link nl.techniekpact.model.shared.Page paging}; and {@link
 * nl.techniekpact.model.shared.DomainException}, whose messages name the field and the value.
 *
 * @since 0.1.0
 */
package nl.techniekpact.model.shared;
