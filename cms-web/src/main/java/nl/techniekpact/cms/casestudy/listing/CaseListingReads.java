package nl.techniekpact.cms.casestudy.listing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.casestudy.ListedCase;
import nl.techniekpact.model.casestudy.ListedCases;

/** Reads what the listing keeps from the database, each call in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CaseListingReads {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /** Every case. */
  public List<ListedCase> readAll() {
    return ListedCases.readAll(em);
  }

  /** The case that has a slug now, if any. */
  public Optional<ListedCase> readBySlug(String slug) {
    return ListedCases.readBySlug(em, slug);
  }
}
