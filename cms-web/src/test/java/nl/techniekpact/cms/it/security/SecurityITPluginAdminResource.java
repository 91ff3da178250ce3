package nl.techniekpact.cms.it.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.techniekpact.cms.security.Roles;

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
}
