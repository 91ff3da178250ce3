package nl.techniekpact.cms.home.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.site.SiteLanguage;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.model.ambassador.AmbassadorRepository;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Page;

/** What the home page shows, read once per request through core-model's repositories. */
@Named("home")
@RequestScoped
public class HomePage {

  /** The home page shows at most this many cases; the case index has the rest. */
  static final int CASES_ON_HOME = 9;

  @Inject private PactRepository pacts;
  @Inject private RegionRepository regions;
  @Inject private AmbassadorRepository ambassadors;
  @Inject private CaseStudyRepository caseStudies;
  @Inject private SiteLanguage language;

  private Optional<Pact> pact;
  private List<Goal> goals;
  private List<Region> regionList;
  private List<Ambassador> ambassadorList;
  private List<CaseStudy> caseList;

  @PostConstruct
  void load() {
    Instant now = Instant.now();
    pact = pacts.findCurrent();
    goals = pact.map(p -> pacts.findGoals(p.getSlug())).orElse(List.of());
    regionList = regions.findPublished(now);
    ambassadorList = ambassadors.findPublished(now);
    caseList = caseStudies.findPublished(now, Page.first(CASES_ON_HOME));
  }

  /** The text in the visitor's language, Dutch where no translation exists. */
  public String text(LocalizedText text) {
    return language.text(text);
  }

  public String getIntroduction() {
    return pact.map(p -> text(p.getDescription())).orElse("");
  }

  public String getRegionsIntroduction() {
    return pact.map(p -> text(p.getRegionsIntroduction())).orElse("");
  }

  public List<Goal> getGoals() {
    return goals;
  }

  public List<Region> getRegions() {
    return regionList;
  }

  public List<Ambassador> getAmbassadors() {
    return ambassadorList;
  }

  public List<CaseStudy> getCases() {
    return caseList;
  }
}
