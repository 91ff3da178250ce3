/**
 * The Techniekpact domain as a reusable library: plain Java SE, any JPA provider, only the
 * jakarta.persistence, jakarta.validation and jakarta.json APIs.
 *
 * <p>One package per aggregate, each with its entities, its repository interface and a JPA
 * implementation of it ({@code JpaXxxRepository}, which takes an {@code EntityManager} and leaves
 * transactions to the caller):
 *
 * <ul>
 *   <li>{@link nl.techniekpact.model.pact} — pact editions (edities) with their goals (doelen) and
 *       themes (thema's);
 *   <li>{@link nl.techniekpact.model.region} — the five landsdelen;
 *   <li>{@link nl.techniekpact.model.organisation} — partner organisations;
 *   <li>{@link nl.techniekpact.model.ambassador} — the aanjager and the ambassadeurs;
 *   <li>{@link nl.techniekpact.model.casestudy} — case studies (praktijkvoorbeelden);
 *   <li>{@link nl.techniekpact.model.shared} — value objects and base classes they share;
 *   <li>{@link nl.techniekpact.model.catalogue} — the seed content and JSON import/export.
 * </ul>
 *
 * <p>The schema ships as a Flyway migration under {@code
 * classpath:nl/techniekpact/model/db/migration}.
 *
 * @since 0.1.0
 */
package nl.techniekpact.model;
