package nl.techniekpact.cms.it.api;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.ambassador.AmbassadorRepository;
import nl.techniekpact.model.ambassador.AmbassadorRole;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Slug;

/**
 * Fixture of the API tests, deployed with the suite's war: content the public must never see
 * through the API, added after the seed. The hidden cases match every filter the tests use (region
 * zuid-nederland, goal 4, level MBO), so a filter that leaked drafts would change the totals.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ApiITHiddenContent {

  /** A draft case. */
  public static final String DRAFT_CASE = "api-it-concept";

  /** A case scheduled a year ahead. */
  public static final String SCHEDULED_CASE = "api-it-gepland";

  /** An archived case. */
  public static final String ARCHIVED_CASE = "api-it-gearchiveerd";

  /** A draft region. */
  public static final String DRAFT_REGION = "api-it-landsdeel";

  /** A draft ambassador. */
  public static final String DRAFT_AMBASSADOR = "api-it-ambassadeur";

  @Inject private CaseStudyRepository cases;
  @Inject private RegionRepository regions;
  @Inject private AmbassadorRepository ambassadors;
  @Inject private PactRepository pacts;

  @PostConstruct
  void create() {
    if (cases.findBySlug(Slug.of(DRAFT_CASE)).isPresent()) {
      return;
    }
    Region zuid = regions.findBySlug(Slug.of("zuid-nederland")).orElseThrow();
    var four = pacts.findGoal(Slug.of("techniekpact"), 4).orElseThrow();
    for (String slug : List.of(DRAFT_CASE, SCHEDULED_CASE, ARCHIVED_CASE)) {
      CaseStudy hidden =
          new CaseStudy(
              Slug.of(slug),
              LocalizedText.of("Verborgen", "Hidden"),
              LocalizedText.of("Niet zien"));
      hidden.locateIn(zuid);
      hidden.linkGoal(four);
      hidden.concern(Set.of(EducationLevel.MBO));
      if (slug.equals(SCHEDULED_CASE)) {
        hidden.scheduleAt(Instant.now().plus(365, ChronoUnit.DAYS));
      } else if (slug.equals(ARCHIVED_CASE)) {
        hidden.publish(Instant.now());
        hidden.archive();
      }
      cases.save(hidden);
    }
    regions.save(new Region(Slug.of(DRAFT_REGION), "Concept-landsdeel", List.of(Province.ZEELAND)));
    ambassadors.save(
        new Ambassador(
            Slug.of(DRAFT_AMBASSADOR),
            "Anna Concept",
            AmbassadorRole.AMBASSADEUR,
            LocalizedText.of("Nog niet gepubliceerd")));
  }
}
