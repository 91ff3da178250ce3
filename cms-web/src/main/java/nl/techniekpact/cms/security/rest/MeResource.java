package nl.techniekpact.cms.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountRepository;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;

/** The signed-in caller, at {@code /api/v1/me}. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ANY_AUTHENTICATED)
public class MeResource {

  @Inject private AccountRepository accounts;

  @Context private SecurityContext security;

  /** The caller's username, display name, roles and regions. */
  @GET
  public MeView me() {
    Account account =
        accounts
            .findByUsername(security.getUserPrincipal().getName())
            .orElseThrow(
                () -> new NotAuthorizedException(CmsAuthenticationMechanism.BASIC_CHALLENGE));
    return new MeView(
        account.getUsername(),
        account.getDisplayName(),
        account.getRoles().stream().filter(security::isUserInRole).sorted().toList(),
        account.getRegions().stream().sorted().toList());
  }
}
