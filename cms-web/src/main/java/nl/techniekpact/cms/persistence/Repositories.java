package nl.techniekpact.cms.persistence;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.techniekpact.cms.casestudy.listing.CaseListings;
import nl.techniekpact.model.ambassador.AmbassadorRepository;
import nl.techniekpact.model.ambassador.JpaAmbassadorRepository;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.casestudy.JpaCaseStudyRepository;
import nl.techniekpact.model.casestudy.ListedCaseStudyRepository;
import nl.techniekpact.model.organisation.JpaOrganisationRepository;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.pact.JpaPactRepository;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.JpaRegionRepository;
import nl.techniekpact.model.region.RegionRepository;

/**
 * Makes core-model's repositories injectable, each on the container's transaction-scoped entity
 * manager, so the CMS reads and writes its content only through core-model. The cases' public lists
 * and counts go through the {@link CaseListings in-memory listing} while it is ready.
 */
@jakarta.enterprise.context.ApplicationScoped
public class Repositories {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private CaseListings listings;

  @Produces
  PactRepository pacts() {
    return new JpaPactRepository(em);
  }

  @Produces
  RegionRepository regions() {
    return new JpaRegionRepository(em);
  }

  @Produces
  AmbassadorRepository ambassadors() {
    return new JpaAmbassadorRepository(em);
  }

  @Produces
  CaseStudyRepository caseStudies() {
    // public lists count and page in the in-memory listing while it is ready (ADR 0019)
    return new ListedCaseStudyRepository(
        JpaCaseStudyRepository.withReadOnlyLists(em), listings.listing());
  }

  @Produces
  OrganisationRepository organisations() {
    return new JpaOrganisationRepository(em);
  }
}
