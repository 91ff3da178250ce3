package nl.techniekpact.cms.pact.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.goal.rest.GoalView;
import nl.techniekpact.cms.rest.ApiLanguage;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.model.pact.Pact;
import nl.techniekpact.model.pact.PactRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The pact editions at {@code /api/v1/pacts}, the current one first, and one edition by its slug or
 * by the year it was signed ({@code /api/v1/pacts/2013}). Pact editions have no drafts; all are
 * public.
 */
@Path("pacts")
@Tag(name = "pacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PactsResource {

  static final String PACTS_EXAMPLE =
      "[{\"slug\":\"techniekpact\",\"name\":\"Techniekpact\",\"signedOn\":\"2013-05-13\","
          + "\"current\":true,\"description\":{\"nl\":\"Techniekpact moet de aansluiting van het"
          + " onderwijs op de arbeidsmarkt in de technieksector verbeteren.\"}}]";

  @Inject private PactRepository pacts;

  /** Every edition, the current one first, then the others by signing date, newest first. */
  @GET
  @Operation(
      operationId = "listPacts",
      summary = "List the pact editions",
      description =
          "Every edition of the pact, the current one first (the one whose goals /api/v1/goals"
              + " lists), then the others, most recently signed first. Without their goals.")
  @APIResponse(
      responseCode = "200",
      description = "The pact editions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = PactView.class),
              examples = @ExampleObject(name = "pacts", value = PACTS_EXAMPLE)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  public List<PactView> list(
      @Parameter(
              description = ApiLanguage.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"}))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    Optional<Pact> current = pacts.findCurrent();
    List<PactView> views = new ArrayList<>();
    current.ifPresent(pact -> views.add(PactView.inList(pact, true)));
    pacts.findAll().stream()
        .filter(pact -> !isCurrent(pact, current))
        .sorted(NEWEST_FIRST)
        .map(pact -> PactView.inList(pact, false))
        .forEach(views::add);
    return ApiLanguage.represent(views, language);
  }

  /** One edition, with its goals, by slug or by the year it was signed. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  @Operation(
      operationId = "getPact",
      summary = "Get one pact edition",
      description =
          "One edition with its goals, by its slug (techniekpact) or by the year it was signed"
              + " (2013; of several editions signed that year, the latest).")
  @APIResponse(
      responseCode = "200",
      description = "The pact edition with its goals",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PactView.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public PactView get(
      @Parameter(description = "The edition's slug, or the year it was signed", example = "2013")
          @PathParam("slug")
          String slugOrYear,
      @Parameter(
              description = ApiLanguage.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"}))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    Pact pact =
        bySlug(slugOrYear)
            .or(() -> byYear(slugOrYear))
            .orElseThrow(() -> new NotFoundException("No pact " + slugOrYear));
    List<GoalView> goals = pacts.findGoals(pact.getSlug()).stream().map(GoalView::of).toList();
    boolean current = isCurrent(pact, pacts.findCurrent());
    return ApiLanguage.represent(PactView.of(pact, current, goals), language);
  }

  private static final Comparator<Pact> NEWEST_FIRST =
      Comparator.comparing(
              (Pact pact) -> pact.getSignedOn().orElse(LocalDate.MIN), Comparator.reverseOrder())
          .thenComparing(Pact::getId, Comparator.reverseOrder());

  private static boolean isCurrent(Pact pact, Optional<Pact> current) {
    return current.map(c -> c.getId().equals(pact.getId())).orElse(false);
  }

  private Optional<Pact> bySlug(String text) {
    return PathSlugs.parse(text).flatMap(pacts::findBySlug);
  }

  private Optional<Pact> byYear(String text) {
    if (!text.matches("[12][0-9]{3}")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(text);
    return pacts.findAll().stream()
        .filter(pact -> pact.getSignedOn().map(d -> d.getYear() == year).orElse(false))
        .max(Comparator.comparing((Pact pact) -> pact.getSignedOn().orElseThrow()));
  }
}
