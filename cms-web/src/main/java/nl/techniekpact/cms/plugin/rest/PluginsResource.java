package nl.techniekpact.cms.plugin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.techniekpact.cms.plugin.host.ActivePlugin;
import nl.techniekpact.cms.plugin.host.InstalledPlugin;
import nl.techniekpact.cms.plugin.host.PluginLifecycle;
import nl.techniekpact.cms.plugin.host.PluginPlatform;
import nl.techniekpact.cms.plugin.host.PluginRefusedException;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.rest.RoleCheck;
import nl.techniekpact.plugin.api.RestEndpoint;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/plugins}: the plugins' own endpoints and their administration.
 *
 * <ul>
 *   <li>{@code /api/v1/plugins/<id>/…}: served by the running plugin's {@link RestEndpoint}; 404
 *       problem when the plugin is unknown, disabled or paused;
 *   <li>{@code GET /api/v1/plugins}: the installed plugins with state and reason;
 *   <li>{@code POST /api/v1/plugins}: installs or upgrades a plugin: a multipart form with the jar
 *       in part {@code jar}, or the jar itself as body ({@code application/java-archive});
 *   <li>{@code GET|DELETE /api/v1/plugins/<id>/installation}: one installed plugin; removes it;
 *   <li>{@code POST /api/v1/plugins/<id>/installation/enable} and {@code …/disable}.
 * </ul>
 *
 * <p>Administration needs role {@value #ROLE}: installing a plugin runs its code in the server.
 * Refusals are 4xx problems whose {@code detail} says what is wrong with the plugin.
 */
@Path("plugins")
@RequestScoped
// tags and security per method: on the class, Payara's OpenAPI fails on the locator plugin(id)
public class PluginsResource {

  /** The role that may manage plugins. */
  public static final String ROLE = Roles.PLUGIN_ADMIN;

  /** The path segment below a plugin id the host keeps for managing it. */
  public static final String INSTALLATION = "installation";

  /** The media type of a jar body. */
  public static final String JAR = "application/java-archive";

  @Inject private PluginPlatform platform;

  @Context private ResourceContext resources;

  @Context private SecurityContext security;

  @Context private HttpServletRequest request;

  /** The running plugin's endpoint, for JAX-RS to match the rest of the path against. */
  @Path("{id: [a-z][a-z0-9-]{1,62}}")
  public Object plugin(@PathParam("id") String id) {
    RestEndpoint endpoint =
        platform
            .registry()
            .find(id)
            .flatMap(ActivePlugin::endpoint)
            .orElseThrow(() -> new NotFoundException("No running plugin " + id + " with an API"));
    // a model bound to the instance, not the object: see PluginEndpointModel (class-loader leaks)
    return PluginEndpointModel.of(resources.initResource(endpoint));
  }

  /** The installed plugins. */
  @GET
  @RolesAllowed(ROLE)
  @Produces(MediaType.APPLICATION_JSON)
  @Tag(name = "plugins")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "listPlugins",
      summary = "List the installed plugins",
      description = "With state and reason.")
  @APIResponse(
      responseCode = "200",
      description = "The installed plugins",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(type = SchemaType.ARRAY, implementation = InstalledPluginView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  public List<InstalledPluginView> list() {
    requireAdmin();
    return lifecycle().installed().stream().map(this::view).toList();
  }

  /** Installs or upgrades a plugin from a multipart form (part {@code jar}). */
  @POST
  @RolesAllowed(ROLE)
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Tag(name = "plugins")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "installPlugin",
      summary = "Install or upgrade a plugin (multipart form)",
      description = "The jar in form part `jar`.")
  @APIResponse(
      responseCode = "201",
      description = "Installed; Location names the installation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstalledPluginView.class)))
  @APIResponse(responseCode = "400", ref = ApiModelReader.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "415", ref = ApiModelReader.UNSUPPORTED_MEDIA_TYPE)
  public Response upload() {
    requireAdmin();
    try {
      Part part = request.getPart("jar");
      if (part == null) {
        throw new PluginRefusedException(
            PluginRefusedException.Reason.NOT_A_JAR, "The form has no part named jar");
      }
      String name =
          part.getSubmittedFileName() == null ? "upload.jar" : part.getSubmittedFileName();
      try (InputStream in = part.getInputStream()) {
        return installed(lifecycle().install(in.readAllBytes(), name, user()));
      }
    } catch (IOException | ServletException e) {
      throw new BadRequestException("The plugin upload could not be read", e);
    }
  }

  /** Installs or upgrades a plugin sent as the request body. */
  @POST
  @RolesAllowed(ROLE)
  @Consumes({JAR, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Tag(name = "plugins")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "installPluginJar",
      summary = "Install or upgrade a plugin (jar as body)")
  @APIResponse(
      responseCode = "201",
      description = "Installed; Location names the installation",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstalledPluginView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "415", ref = ApiModelReader.UNSUPPORTED_MEDIA_TYPE)
  public Response upload(byte[] jar) {
    requireAdmin();
    return installed(lifecycle().install(jar, "upload.jar", user()));
  }

  /** One installed plugin. */
  @GET
  @Path("{id}/" + INSTALLATION)
  @RolesAllowed(ROLE)
  @Produces(MediaType.APPLICATION_JSON)
  @Tag(name = "plugins")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(operationId = "getPlugin", summary = "Get one installed plugin")
  @APIResponse(
      responseCode = "200",
      description = "The plugin",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstalledPluginView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public InstalledPluginView get(
      @Parameter(description = "The plugin's id", example = "example-internships") @PathParam("id")
          String id) {
    requireAdmin();
    return lifecycle().installed().stream()
        .filter(plugin -> plugin.id().equals(id))
        .findFirst()
        .map(this::view)
        .orElseThrow(() -> new NotFoundException("Plugin " + id + " is not installed"));
  }

  /** Starts an installed plugin (also resumes a paused one). */
  @POST
  @Path("{id}/" + INSTALLATION + "/enable")
  @RolesAllowed(ROLE)
  @Produces(MediaType.APPLICATION_JSON)
  @Tag(name = "plugins")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(
      operationId = "enablePlugin",
      summary = "Enable an installed plugin",
      description = "Also resumes a paused one.")
  @APIResponse(
      responseCode = "200",
      description = "The plugin, enabled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstalledPluginView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public InstalledPluginView enable(
      @Parameter(description = "The plugin's id", example = "example-internships") @PathParam("id")
          String id) {
    requireAdmin();
    return view(lifecycle().enable(id, user()));
  }

  /** Stops an installed plugin. */
  @POST
  @Path("{id}/" + INSTALLATION + "/disable")
  @RolesAllowed(ROLE)
  @Produces(MediaType.APPLICATION_JSON)
  @Tag(name = "plugins")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(operationId = "disablePlugin", summary = "Disable an installed plugin")
  @APIResponse(
      responseCode = "200",
      description = "The plugin, disabled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InstalledPluginView.class)))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public InstalledPluginView disable(
      @Parameter(description = "The plugin's id", example = "example-internships") @PathParam("id")
          String id) {
    requireAdmin();
    return view(lifecycle().disable(id, user()));
  }

  /** Removes an installed plugin. */
  @DELETE
  @Path("{id}/" + INSTALLATION)
  @RolesAllowed(ROLE)
  @Tag(name = "plugins")
  @SecurityRequirement(name = ApiModelReader.BASIC)
  @SecurityRequirement(name = ApiModelReader.BEARER)
  @Operation(operationId = "removePlugin", summary = "Remove an installed plugin")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public Response remove(
      @Parameter(description = "The plugin's id", example = "example-internships") @PathParam("id")
          String id) {
    requireAdmin();
    lifecycle().remove(id, user());
    return Response.noContent().build();
  }

  private Response installed(InstalledPlugin plugin) {
    return Response.status(Response.Status.CREATED)
        .location(
            java.net.URI.create(
                request.getContextPath() + "/api/v1/plugins/" + plugin.id() + "/" + INSTALLATION))
        .entity(view(plugin))
        .build();
  }

  private InstalledPluginView view(InstalledPlugin plugin) {
    return InstalledPluginView.of(
        plugin,
        platform.registry().find(plugin.id()).orElse(null),
        lifecycle().signer(plugin).orElse(null));
  }

  private PluginLifecycle lifecycle() {
    return platform.lifecycle();
  }

  /**
   * Refuses anyone but a plugin administrator, whether or not the container enforces
   * {@code @RolesAllowed} on this resource: the route must never be open.
   */
  /** Fails closed even where a container would not enforce {@code @RolesAllowed}. */
  private void requireAdmin() {
    RoleCheck.require(security, ROLE);
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
