package nl.techniekpact.cms.goal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;

/** The goals of the current pact edition, at {@code /api/v1/goals}. */
@Path("goals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GoalsResource {

  @Inject private PactRepository pacts;

  /** All goals of the current pact, by number. */
  @GET
  public List<GoalView> list() {
    return pacts.findGoals(currentPact().getSlug()).stream().map(GoalView::of).toList();
  }

  /** One goal by its number. */
  @GET
  @Path("{number: [0-9]{1,4}}")
  public GoalView get(@PathParam("number") int number) {
    return pacts
        .findGoal(currentPact().getSlug(), number)
        .map(GoalView::of)
        .orElseThrow(() -> new NotFoundException("No goal " + number));
  }

  private Pact currentPact() {
    return pacts.findCurrent().orElseThrow(() -> new NotFoundException("No pact yet"));
  }
}
