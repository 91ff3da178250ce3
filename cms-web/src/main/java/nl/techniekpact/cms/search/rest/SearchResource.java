package nl.techniekpact.cms.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.rest.ApiLanguage;
import nl.techniekpact.cms.rest.PageRequest;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.search.SearchRequest;
import nl.techniekpact.cms.search.SearchResults;
import nl.techniekpact.cms.search.SearchType;
import nl.techniekpact.cms.search.SiteSearch;
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
 * Full-text search over the published content at {@code /api/v1/search}, the same search as the
 * site's {@code /zoeken}.
 *
 * <pre>
 * GET /api/v1/search?q=scholen&amp;type=case&amp;lang=en&amp;page=1&amp;size=20
 * </pre>
 */
@Path("search")
@Tag(name = "search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  /** Seconds a client is asked to wait while the index is first built. */
  static final long RETRY_AFTER_SECONDS = 5;

  static final String SEARCH_PAGE_EXAMPLE =
      "{\"items\":[{\"type\":\"case\",\"key\":\"de-maakotheek-ontzorgt-scholen\","
          + "\"title\":\"De Maakotheek ‘ontzorgt’ scholen bij wetenschap & technologie\","
          + "\"lang\":\"nl\",\"snippet\":\"De Maakotheek maakt het scholen gemakkelijk om"
          + " kwalitatief goede lessen wetenschap & technologie te geven.\","
          + "\"link\":\"/cases/de-maakotheek-ontzorgt-scholen\","
          + "\"api\":\"/api/v1/cases/de-maakotheek-ontzorgt-scholen\"}],"
          + "\"page\":1,\"size\":20,\"total\":1,\"totalPages\":1}";

  @Inject private SiteSearch search;

  @Context private UriInfo uriInfo;
  @Context private HttpServletRequest request;

  /** A page of the published items matching the query, best first. */
  @GET
  @Operation(
      operationId = "search",
      summary = "Search published content",
      description =
          "Full-text search over the published goals, regions, ambassadors, cases,"
              + " organisations and items of running plugins' content types, in Dutch and English: word forms and diacritics do not matter"
              + " (\"scholen\" finds \"school\", \"cafe\" finds \"café\"). Every word must occur;"
              + " \"quotes\" search a phrase, -word excludes, word* matches a prefix, a | b"
              + " either. Best matches first; Link headers name the first, previous, next and"
              + " last page. Drafts, archived items and items scheduled for later are never"
              + " found.")
  @APIResponse(
      responseCode = "200",
      description = "A page of results",
      headers =
          @Header(
              name = "Link",
              description = "RFC 8288 links to the first, prev, next and last page",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = ApiModelReader.SEARCH_PAGE),
              examples = @ExampleObject(name = "page", value = SEARCH_PAGE_EXAMPLE)))
  @APIResponse(responseCode = "503", ref = ApiModelReader.SERVICE_UNAVAILABLE)
  public Response search(
      @Parameter(
              description = "The words to search for, 1 to 200 characters",
              required = true,
              example = "scholen")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Only this kind of content",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "goal",
                        "region",
                        "ambassador",
                        "case",
                        "organisation",
                        "plugin-item"
                      }))
          @QueryParam("type")
          String type,
      @Parameter(
              description =
                  "Language of titles and snippets: nl (default) or en, English where"
                      + " translated and Dutch otherwise. Both languages are searched either"
                      + " way.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"nl", "en"},
                      defaultValue = "nl"))
          @QueryParam(ApiLanguage.PARAMETER)
          String lang,
      @Parameter(
              description = "Page number, from 1",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1", minimum = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Results per page, 1 to 100",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      defaultValue = "20",
                      minimum = "1",
                      maximum = "100"))
          @QueryParam("size")
          String size) {
    ParameterCheck check = new ParameterCheck();
    Optional<String> text = check.text("q", q, 1, SearchRequest.MAX_LENGTH);
    Optional<SearchType> only = check.known("type", type, SearchType::of);
    boolean english = ApiLanguage.read(check, lang).orElse(ApiLanguage.NL) == ApiLanguage.EN;
    PageRequest paging = PageRequest.read(check, page, size);
    check.done();
    if (!search.isReady()) {
      throw new ServiceUnavailableException(RETRY_AFTER_SECONDS);
    }

    SearchResults found =
        search.search(
            new SearchRequest(
                text.orElseThrow(),
                only.orElse(null),
                english,
                paging.window().offset(),
                paging.size(),
                Instant.now()));
    List<SearchHitView> items =
        found.hits().stream()
            .map(hit -> SearchHitView.of(hit, request.getContextPath(), english))
            .toList();
    return paging.respond(items, found.total(), uriInfo);
  }
}
