package nl.techniekpact.cms.publishing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import nl.techniekpact.cms.publishing.audit.AuditLog;
import nl.techniekpact.cms.publishing.audit.AuditQuery;
import nl.techniekpact.cms.rest.PageRequest;
import nl.techniekpact.cms.rest.ParameterCheck;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit log at {@code /api/v1/audit}, for administrators and national editors: who did what,
 * when, to which item, filtered and paged, newest first; entries on accounts for administrators
 * only ({@link AuditLog}).
 *
 * <pre>
 * GET /api/v1/audit?actor=rita&amp;type=case-study&amp;from=2026-11-01T00:00:00Z&amp;page=1&amp;size=50
 * </pre>
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditLog audit;
  @Context private UriInfo uriInfo;

  /** A page of the matching entries. */
  @GET
  @Tag(name = "audit")
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listAuditEntries",
      summary = "Search the audit log",
      description =
          "Every operation on content, newest first, optionally of one actor, action, content"
              + " type or item and within a period. Needs the role administrator or"
              + " national-editor. Administrators also get what happened to accounts (type"
              + " account, the username as item): created, changed, disabled, passwords, two-step"
              + " sign-in, sessions ended, API tokens made and revoked.")
  @APIResponse(
      responseCode = "200",
      description = "A page of entries",
      headers =
          @Header(
              name = "Link",
              description = "RFC 8288 links to the first, prev, next and last page",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AuditPageView.class)))
  public Response search(
      @Parameter(description = "Username, or system", example = "it-editor") @QueryParam("actor")
          String actor,
      @Parameter(description = "Operation, such as publish", example = "publish")
          @QueryParam("action")
          String action,
      @Parameter(description = "Content type", example = "case-study") @QueryParam("type")
          String type,
      @Parameter(description = "Item slug", example = "make-it-move") @QueryParam("item")
          String item,
      @Parameter(description = "At or after this ISO-8601 moment") @QueryParam("from") String from,
      @Parameter(description = "Before this ISO-8601 moment") @QueryParam("until") String until,
      @Parameter(
              description = "Page number, from 1",
              schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1", minimum = "1"))
          @QueryParam("page")
          String page,
      @Parameter(
              description = "Entries per page, 1 to 100",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      defaultValue = "20",
                      minimum = "1",
                      maximum = "100"))
          @QueryParam("size")
          String size) {
    ParameterCheck check = new ParameterCheck();
    Optional<Instant> since = check.known("from", from, AuditResource::moment);
    Optional<Instant> before = check.known("until", until, AuditResource::moment);
    PageRequest paging = PageRequest.read(check, page, size);
    check.done();
    AuditQuery query =
        new AuditQuery(
            blankAsNull(actor),
            blankAsNull(action),
            blankAsNull(type),
            blankAsNull(item),
            since.orElse(null),
            before.orElse(null));
    long total = audit.count(query);
    List<AuditEntryView> items =
        paging.isBeyond(total)
            ? List.of()
            : audit.search(query, paging.window()).stream().map(AuditEntryView::of).toList();
    return Response.ok(
            new AuditPageView(items, paging.page(), paging.size(), total, paging.totalPages(total)))
        .links(paging.links(uriInfo, total).toArray(Link[]::new))
        .build();
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Optional<Instant> moment(String text) {
    try {
      return Optional.of(Instant.parse(text.strip()));
    } catch (DateTimeParseException malformed) {
      return Optional.empty();
    }
  }
}
