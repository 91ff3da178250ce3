package nl.techniekpact.cms.plugin.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;

/** The regions and goals plugin items may refer to, from core-model's repositories. */
@ApplicationScoped
public class PluginItemReferences implements FieldValues.References {

  @Inject private RegionRepository regions;
  @Inject private PactRepository pacts;

  @Override
  public boolean regionExists(String slug) {
    try {
      return regions.findBySlug(Slug.of(slug)).filter(region -> !region.isDeleted()).isPresent();
    } catch (InvalidSlugException malformed) {
      return false;
    }
  }

  @Override
  public boolean goalExists(int number) {
    return pacts.findCurrent().flatMap(pact -> pacts.findGoal(pact.getSlug(), number)).isPresent();
  }
}
