package nl.techniekpact.cms.goal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.PactRepository;

/** What the goal index {@code /doelen} shows: the goals of the current pact, by number. */
@Named("goalIndex")
@RequestScoped
public class GoalIndex {

  @Inject private PactRepository pacts;

  private List<Goal> goals;

  @PostConstruct
  void load() {
    goals = pacts.findCurrent().map(p -> pacts.findGoals(p.getSlug())).orElse(List.of());
  }

  public List<Goal> getGoals() {
    return goals;
  }
}
