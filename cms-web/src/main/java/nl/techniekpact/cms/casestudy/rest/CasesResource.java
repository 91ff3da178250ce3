package nl.techniekpact.cms.casestudy.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.techniekpact.cms.rest.ApiLanguage;
import nl.techniekpact.cms.rest.EducationLevels;
import nl.techniekpact.cms.rest.PageRequest;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.PathSlugs;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.model.casestudy.CaseFilter;
import nl.techniekpact.model.casestudy.CaseStudyRepository;
import nl.techniekpact.model.pact.Goal;
import nl.techniekpact.model.pact.PactRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.region.RegionRepository;
import nl.techniekpact.model.shared.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The published cases at {@code /api/v1/cases}: a paged list, filterable by region slug, goal
 * number and education level, and one case by slug.
 *
 * <pre>
 * GET /api/v1/cases?region=zuid-nederland&amp;goal=4&amp;level=mbo&amp;page=1&amp;size=20
 * </pre>
 */
@Path("cases")
@Tag(name = "cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CasesResource {

  static final String CASE_PAGE_EXAMPLE =
      "{\"items\":[{\"slug\":\"make-it-move\",\"title\":{\"nl\":\"Make it move\"},"
          + "\"summary\":{\"nl\":\"Leerlingen bouwen een bewegende machine.\"},"
          + "\"region\":\"noord\",\"goals\":[1,4],\"educationLevels\":[\"VO\"],"
          + "\"partners\":[\"techniek-noord\"]}],"
          + "\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}";

  @Inject private CaseStudyRepository cases;
  @Inject private RegionRepository regions;
  @Inject private PactRepository pacts;

  @Context private UriInfo uriInfo;

  /** A page of the published cases matching the filters, with paging links. */
  @GET
  @Operation(
      operationId = "listCases",
      summary = "List published cases",
      description =
          "A page of the published cases, newest first, optionally of one region, for one goal"
              + " and at one education level. Link headers name the first, previous, next and"
              + " last page.")
  @APIResponse(
      responseCode = "200",
      description = "A page of cases (without their body)",
      headers =
          @Header(
              name = "Link",
              description = "RFC 8288 links to the first, prev, next and last page",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiModelReader.CASE_PAGE),
              examples = @ExampleObject(name = "page", value = CASE_PAGE_EXAMPLE)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  public Response list(
      @Parameter(description = "Slug of a published region", example = "noord")
          @QueryParam("region")
          String region,
      @Parameter(description = "Number of a goal of the current pact", example = "4")
          @QueryParam("goal")
          String goal,
      @Parameter(
              description = "Education level: PO, VO, MBO, HBO_WO, or the site's label",
              example = "MBO")
          @QueryParam("level")
          String level,
      @Parameter(
              description = "Page number, from 1",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1", minimum = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Cases per page, 1 to 100",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      defaultValue = "20",
                      minimum = "1",
                      maximum = "100"))
          @QueryParam("size")
          String size,
      @Parameter(
              description = ApiLanguage.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"}))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Instant now = Instant.now();
    ParameterCheck check = new ParameterCheck();
    Optional<Region> inRegion = check.known("region", region, slug -> visibleRegion(slug, now));
    Optional<Goal> forGoal = goal(check, goal);
    Optional<EducationLevel> atLevel = check.known("level", level, EducationLevels::parse);
    PageRequest paging = PageRequest.read(check, page, size);
    Optional<ApiLanguage> language = ApiLanguage.read(check, lang);
    check.done();

    CaseFilter filter =
        new CaseFilter(inRegion.orElse(null), forGoal.orElse(null), atLevel.orElse(null));
    long total = cases.countPublished(filter, now);
    List<CaseView> items =
        paging.isBeyond(total)
            ? List.of()
            : cases.findPublished(filter, now, paging.window()).stream()
                .map(CaseView::inList)
                .toList();
    return paging.respond(ApiLanguage.represent(items, language), total, uriInfo);
  }

  /** One published case by slug. */
  @GET
  @Path(PathSlugs.TEMPLATE)
  @Operation(
      operationId = "getCase",
      summary = "Get one published case",
      description = "The case with its full story.")
  @APIResponse(
      responseCode = "200",
      description = "The case",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CaseView.class)))
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "400", ref = ApiModelReader.INVALID_PARAMETERS)
  public CaseView get(
      @Parameter(description = "The case's slug", example = "make-it-move") @PathParam("slug")
          String slug,
      @Parameter(
              description = ApiLanguage.DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"}))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang) {
    Optional<ApiLanguage> language = ApiLanguage.read(lang);
    Instant now = Instant.now();
    return PathSlugs.findVisible(slug, cases::findBySlug, now)
        .map(CaseView::of)
        .map(view -> ApiLanguage.represent(view, language))
        .orElseThrow(() -> new NotFoundException("No published case " + slug));
  }

  private Optional<Region> visibleRegion(String slug, Instant now) {
    return PathSlugs.findVisible(slug, regions::findBySlug, now);
  }

  private Optional<Goal> goal(ParameterCheck check, String text) {
    OptionalInt number = check.optionalInteger("goal", text, 1, 9999);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    return check.known(
        "goal",
        text,
        any ->
            pacts.findCurrent().flatMap(pact -> pacts.findGoal(pact.getSlug(), number.getAsInt())));
  }
}
