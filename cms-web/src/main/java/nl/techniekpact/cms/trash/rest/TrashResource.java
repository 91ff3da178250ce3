package nl.techniekpact.cms.trash.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import nl.techniekpact.cms.organisation.editing.OrganisationEditing;
import nl.techniekpact.cms.organisation.rest.OrganisationEditView;
import nl.techniekpact.cms.pact.editing.PactEditing;
import nl.techniekpact.cms.pact.rest.GoalEditView;
import nl.techniekpact.cms.pact.rest.PactEditView;
import nl.techniekpact.cms.pact.rest.ThemeEditView;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.rest.ApiEditors;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The deleted organisations, pact editions, goals and themes at {@code /api/v1/trash}, for
 * administrators and national editors: each with its version, which {@code POST …/restore} names in
 * {@code If-Match}. (Deleted cases, regions and ambassadors show in their editors' lists.)
 */
@Path("trash")
@Tag(name = "trash")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrashResource {

  @Inject private OrganisationEditing organisations;
  @Inject private PactEditing pacts;
  @Inject private Editors editors;

  @Context private SecurityContext security;

  /** What is deleted. */
  @GET
  @RolesAllowed({Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR})
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "getTrash",
      summary = "List deleted organisations, pact editions, goals and themes",
      description =
          "Everything of these types that is deleted softly, with its version: POST"
              + " /api/v1/organisations/{slug}/restore, /api/v1/pacts/{slug}/restore or"
              + " /api/v1/pacts/{pact}/goals|themes/{number}/restore brings one back. Needs the"
              + " role administrator or national-editor.")
  @APIResponse(
      responseCode = "200",
      description = "The deleted items",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TrashView.class)))
  public Response trash() {
    Editor who = ApiEditors.caller(editors, security);
    PactEditing.Deleted deleted = pacts.deleted(who);
    TrashView view =
        new TrashView(
            organisations.deleted(who).stream().map(OrganisationEditView::of).toList(),
            deleted.editions().stream().map(PactEditView::of).toList(),
            deleted.goals().stream().map(GoalEditView::of).toList(),
            deleted.themes().stream().map(ThemeEditView::of).toList());
    CacheControl private_ = new CacheControl();
    private_.setPrivate(true);
    private_.setNoStore(true);
    return Response.ok(view).cacheControl(private_).build();
  }
}
