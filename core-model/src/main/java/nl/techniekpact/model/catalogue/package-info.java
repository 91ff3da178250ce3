/**
 * The whole content as data: {@link nl.techniekpact.model.catalogue.Catalogue} (with {@link
 * nl.techniekpact.model.catalogue.Catalogue#seed()} for the bundled Techniekpact content), {@link
 * nl.techniekpact.model.catalogue.CatalogueJson} to read and write it as JSON, {@link
 * nl.techniekpact.model.catalogue.CatalogueImport} to store it all-or-nothing and {@link
 * nl.techniekpact.model.catalogue.CatalogueExport} to read it back from a database.
 *
 * <pre>{@code
 * em.getTransaction().begin();
 * CatalogueImport.into(em).persist(Catalogue.seed());
 * em.getTransaction().commit();
 * }</pre>
 *
 * @since 0.1.0
 */
package nl.techniekpact.model.catalogue;
