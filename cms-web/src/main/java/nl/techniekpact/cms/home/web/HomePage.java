package nl.techniekpact.cms.home.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.site.SiteLanguage;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.LocalizedText;

/**
 * What the host's part of the home page shows, read once per request through core-model's
 * repositories: the introduction, the landsdelen and the goals. The aanjager and ambassadors and
 * the cases are the plugins' fragments in the home slot.
 */
@Named("home")
@RequestScoped
public class HomePage {

  @Inject private PactRepository pacts;
  @Inject private RegionRepository regions;
  @Inject private SiteLanguage language;

  private Optional<Pact> pact;
  private List<Goal> goals;
  private List<Region> regionList;

  @PostConstruct
  void load() {
    Instant now = Instant.now();
    pact = pacts.findCurrent();
    goals = pact.map(p -> pacts.findGoals(p.getSlug())).orElse(List.of());
    regionList = regions.findPublished(now);
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
}
