/**
 * The pact aggregate: a {@link nl.techniekpact.model.pact.Pact} edition (editie) owns its numbered
 * {@link nl.techniekpact.model.pact.Goal goals} (doelen) and {@link
 * nl.techniekpact.model.pact.Theme themes} (thema's); goal numbers are unique within an edition.
 * Stored with {@link nl.techniekpact.model.pact.PactRepository}.
 *
 * @since 0.1.0
 */
package nl.techniekpact.model.pact;
