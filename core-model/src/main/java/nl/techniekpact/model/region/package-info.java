/**
 * The region aggregate: the five landsdelen ({@link nl.techniekpact.model.region.Region}) in which
 * the pact is carried out, each made of {@link nl.techniekpact.model.region.Province provinces},
 * with ambitions and a {@link nl.techniekpact.model.region.Contact contact}. Stored with {@link
 * nl.techniekpact.model.region.RegionRepository}.
 *
 * @since 0.1.0
 */
package nl.techniekpact.model.region;
