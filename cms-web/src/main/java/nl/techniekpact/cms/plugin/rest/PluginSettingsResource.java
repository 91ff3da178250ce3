package nl.techniekpact.cms.plugin.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import nl.techniekpact.cms.plugin.settings.PluginSettingChanges;
import nl.techniekpact.cms.publishing.rest.JsonBodies;
import nl.techniekpact.cms.rest.openapi.ApiModelReader;
import nl.techniekpact.cms.security.rest.RoleCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A plugin's stored settings at {@code /api/v1/plugins/{id}/installation/settings} (role
 * plugin-admin): list, set, remove. A stored setting wins over the configuration key {@code
 * cms.plugin.<id>.<key>}; the plugin reads it through {@code PluginSettings} within seconds. Every
 * change is in the audit log (content type {@code plugin-setting}).
 *
 * <pre>
 * PUT /api/v1/plugins/example-internships/installation/settings/contact   {"value":"stage@techniekpact.nl"}
 * </pre>
 */
@Path("plugins/{id: [a-z][a-z0-9-]{1,62}}/" + PluginsResource.INSTALLATION + "/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PluginsResource.ROLE)
@Tag(name = "plugins")
@SecurityRequirement(name = ApiModelReader.BASIC)
@SecurityRequirement(name = ApiModelReader.BEARER)
public class PluginSettingsResource {

  @Inject private PluginSettingChanges settings;

  @Context private SecurityContext security;

  /**
   * The body of a change.
   *
   * @param value the setting's new value, at most 2000 characters
   */
  public record SettingValue(
      @Schema(required = true, example = "stage@techniekpact.nl") String value) {}

  /** The plugin's stored settings. */
  @GET
  @Operation(
      operationId = "listPluginSettings",
      summary = "List a plugin's stored settings",
      description =
          "The settings plugin administrators stored, by key (the configuration's"
              + " cms.plugin.<id>.<key> values are not listed).")
  @APIResponse(
      responseCode = "200",
      description = "The settings by key",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "settings",
                      value = "{\"contact\":\"stage@techniekpact.nl\"}")))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public Map<String, String> list(
      @Parameter(description = "The plugin's id", example = "example-internships") @PathParam("id")
          String id) {
    requireInstalled(id);
    return settings.of(id);
  }

  /** Sets one setting. */
  @PUT
  @Path("{key: [a-z0-9][a-z0-9.-]{0,99}}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setPluginSetting",
      summary = "Set a plugin's setting",
      description =
          "Stores the value (at most 2000 characters); it wins over the configuration's"
              + " cms.plugin.<id>.<key>. Answers the plugin's stored settings.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SettingValue.class)))
  @APIResponse(
      responseCode = "200",
      description = "The settings by key",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(responseCode = "400", ref = ApiModelReader.BAD_REQUEST)
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  @APIResponse(responseCode = "415", ref = ApiModelReader.UNSUPPORTED_MEDIA_TYPE)
  public Map<String, String> set(
      @Parameter(description = "The plugin's id", example = "example-internships") @PathParam("id")
          String id,
      @Parameter(description = "The setting's key", example = "contact") @PathParam("key")
          String key,
      String body) {
    requireInstalled(id);
    String value = JsonBodies.read(body, SettingValue.class).value();
    try {
      return settings.set(id, key, value, user());
    } catch (IllegalArgumentException refused) {
      throw new BadRequestException(refused.getMessage());
    }
  }

  /** Removes one setting. */
  @DELETE
  @Path("{key: [a-z0-9][a-z0-9.-]{0,99}}")
  @Operation(
      operationId = "removePluginSetting",
      summary = "Remove a plugin's setting",
      description =
          "The configuration's cms.plugin.<id>.<key> (or the plugin's default) applies again."
              + " Answers the plugin's stored settings.")
  @APIResponse(
      responseCode = "200",
      description = "The settings by key",
      content = @Content(mediaType = MediaType.APPLICATION_JSON))
  @APIResponse(responseCode = "401", ref = ApiModelReader.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiModelReader.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiModelReader.NOT_FOUND)
  public Map<String, String> remove(
      @Parameter(description = "The plugin's id", example = "example-internships") @PathParam("id")
          String id,
      @Parameter(description = "The setting's key", example = "contact") @PathParam("key")
          String key) {
    requireInstalled(id);
    if (!settings.remove(id, key, user())) {
      throw new NotFoundException("Plugin " + id + " has no stored setting " + key);
    }
    return settings.of(id);
  }

  private void requireInstalled(String id) {
    RoleCheck.require(security, PluginsResource.ROLE);
    if (!settings.installed(id)) {
      throw new NotFoundException("Plugin " + id + " is not installed");
    }
  }

  private String user() {
    return security.getUserPrincipal().getName();
  }
}
