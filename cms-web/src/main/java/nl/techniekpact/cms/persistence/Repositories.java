package nl.techniekpact.cms.persistence;

import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.techniekpact.model.ambassador.AmbassadorRepository;
import nl.techniekpact.model.ambassador.JpaAmbassadorRepository;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.casestudy.JpaCaseStudyRepository;
import nl.techniekpact.model.organisation.JpaOrganisationRepository;
import nl.techniekpact.model.organisation.OrganisationRepository;
import nl.techniekpact.model.pact.JpaPactRepository;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.JpaRegionRepository;
import nl.techniekpact.model.region.RegionRepository;

/**
 * Makes core-model's repositories injectable, each on the container's transaction-scoped entity
 * manager, so the CMS reads and writes its content only through core-model.
 */
@jakarta.enterprise.context.ApplicationScoped
public class Repositories {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

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
    return new JpaCaseStudyRepository(em);
  }

  @Produces
  OrganisationRepository organisations() {
    return new JpaOrganisationRepository(em);
  }
}
