package nl.techniekpact.cms.it.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.AccountRegistration;

/**
 * Fixture of the token tests, deployed with the suite's war: disables an account through the real
 * registration, as the back office will ({@code POST
 * /api/v1/it-fixtures/accounts/{username}/disable}, administrators only).
 */
@Path("it-fixtures/accounts/{username}/disable")
@RequestScoped
public class SecurityITAccountSwitch {

  @Inject private AccountRegistration registration;

  /** Disables the account. */
  @POST
  @RolesAllowed(Roles.ADMINISTRATOR)
  public Response disable(@PathParam("username") String username) {
    registration.disable(username);
    return Response.noContent().build();
  }
}
