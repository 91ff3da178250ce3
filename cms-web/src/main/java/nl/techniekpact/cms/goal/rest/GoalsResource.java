package nl.techniekpact.cms.goal.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.rest.ApiLanguage;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The goals of the current pact edition, at {@code /api/v1/goals}. */
@Path("goals")
@Tag(name = "goals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GoalsResource {

  @Inject private PactRepository pacts;

  /** All goals of the current pact, by number. */
  @GET
  @Operation(
      operationId = "listGoals",
      summary = "List the goals of the current pact",
      description = "All goals of the current pact edition, by number.")
  @APIResponse(
      responseCode = "200",
      description = "List the goals of the current pact",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = GoalView.class)))
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  public List<GoalView> list(@QueryParam(ApiLanguage.PARAMETER) String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    return ApiLanguage.represent(
        pacts.findGoals(currentPact().getSlug()).stream().map(GoalView::of).toList(), language);
  }

  /** One goal by its number. */
  @GET
  @Path("{number: [0-9]{1,4}}")
  @Operation(operationId = "getGoal", summary = "Get one goal of the current pact")
  @APIResponse(
      responseCode = "200",
      description = "Get one goal of the current pact",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = GoalView.class)))
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  public GoalView get(
      @Parameter(description = "The goal's number", example = "4") @PathParam("number") int number,
      @QueryParam(ApiLanguage.PARAMETER) String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    return pacts
        .findGoal(currentPact().getSlug(), number)
        .map(GoalView::of)
        .map(view -> ApiLanguage.represent(view, language))
        .orElseThrow(() -> new NotFoundException("No goal " + number));
  }

  private Pact currentPact() {
    return pacts.findCurrent().orElseThrow(() -> new NotFoundException("No pact yet"));
  }
}
