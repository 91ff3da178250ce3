package nl.techniekpact.cms.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.InvalidSlugException;
import nl.techniekpact.model.shared.Slug;

/**
 * What the inputs of edits name by slug or number, found for every content type alike: a region
 * (not a deleted one) and goals of the current pact. What names nothing is a refused field.
 *
 * <pre>{@code
 * references.region("noord-nederland", "region", errors).ifPresent(item::locateIn);
 * List<Goal> goals = references.goals(List.of(4, 8), errors);
 * }</pre>
 */
@ApplicationScoped
public class ContentReferences {

  @Inject private RegionRepository regions;
  @Inject private PactRepository pacts;

  /**
   * The region a slug names.
   *
   * @return the region; empty for a blank slug (national), and for an unknown or deleted one, which
   *     is then an error of {@code field}
   */
  public Optional<Region> region(String slug, String field, FieldErrors errors) {
    if (slug == null || slug.isBlank()) {
      return Optional.empty();
    }
    Optional<Region> found;
    try {
      found = regions.findBySlug(Slug.of(slug)).filter(r -> !r.isDeleted());
    } catch (InvalidSlugException malformed) {
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      errors.refuse(field, "region.unknown", slug);
    }
    return found;
  }

  /**
   * The goals of the current pact with these numbers; an unknown one is an error of {@code goals}.
   */
  public List<Goal> goals(List<Integer> numbers, FieldErrors errors) {
    List<Goal> goals = new ArrayList<>();
    if (numbers.isEmpty()) {
      return goals;
    }
    Optional<Pact> current = pacts.findCurrent();
    for (Integer number : numbers) {
      if (number == null) {
        errors.add("goals", "must not contain null");
        continue;
      }
      current
          .flatMap(pact -> pacts.findGoal(pact.getSlug(), number))
          .ifPresentOrElse(goals::add, () -> errors.refuse("goals", "goal.unknown", number));
    }
    return goals;
  }
}
