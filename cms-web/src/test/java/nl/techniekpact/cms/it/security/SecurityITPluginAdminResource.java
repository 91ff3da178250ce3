package nl.techniekpact.cms.it.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.rest.RoleCheck;

/** Fixture: {@code GET /api/v1/it-fixtures/plugin-admin}, for plugin admins only. */
@Path("it-fixtures/plugin-admin")
@RequestScoped
public class SecurityITPluginAdminResource {

  /** Answers "ok" to plugin admins. */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  @RolesAllowed(Roles.PLUGIN_ADMIN)
  public String get() {
    return "ok";
  }

  /**
   * A sub-resource locator, as the plugin host dispatches to plugin endpoints: {@code GET
   * /api/v1/it-fixtures/plugin-admin/sub}.
   */
  @Path("sub")
  public PlainSubResource sub(@Context SecurityContext security) {
    RoleCheck.require(security, Roles.PLUGIN_ADMIN);
    return new PlainSubResource();
  }

  /** A plain object, not a CDI bean, without annotations of its own for security. */
  public static class PlainSubResource {

    /** Answers "sub". */
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get() {
      return "sub";
    }
  }
}
