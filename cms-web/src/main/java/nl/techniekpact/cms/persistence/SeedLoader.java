package nl.techniekpact.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.logging.Logger;
import nl.techniekpact.model.catalogue.Catalogue;
import nl.techniekpact.model.catalogue.CatalogueImport;
import nl.techniekpact.model.catalogue.ImportSummary;
import nl.techniekpact.model.pact.JpaPactRepository;

/**
 * Loads core-model's seed catalogue (the content of the current Techniekpact site) into an empty
 * database on first start, all or nothing. A database that already holds a pact is left alone.
 */
@ApplicationScoped
public class SeedLoader {

  private static final Logger LOG = Logger.getLogger(SeedLoader.class.getName());

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private Validator validator;

  /** Loads the seed when the database holds no content yet. */
  @Transactional
  public void loadIfEmpty() {
    if (!new JpaPactRepository(em).findAll().isEmpty()) {
      return;
    }
    ImportSummary summary =
        CatalogueImport.into(em).validatingWith(validator).persist(Catalogue.seed());
    LOG.info(() -> "Empty database: loaded the seed content " + summary);
  }
}
