package nl.techniekpact.cms.security.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;

/**
 * The role check behind {@code @RolesAllowed} on REST resources, callable directly where the
 * annotation does not reach: JAX-RS applies filters to resource methods only, so
 * {@code @RolesAllowed} on a <b>sub-resource locator</b> is not enforced. A locator checks itself:
 *
 * <pre>{@code
 * @Path("{id}")
 * public Object plugin(@PathParam("id") String id, @Context SecurityContext security) {
 *   RoleCheck.require(security, Roles.PLUGIN_ADMIN);
 *   return ...;
 * }
 * }</pre>
 */
public final class RoleCheck {

  private RoleCheck() {}

  /**
   * Returns when the caller is signed in and has one of the roles ({@link Roles#ANY_AUTHENTICATED}
   * admits any signed-in caller).
   *
   * @throws NotAuthorizedException 401 with the Basic challenge for an anonymous caller
   * @throws ForbiddenException 403 for a caller without any of the roles
   */
  public static void require(SecurityContext security, String... roles) {
    require(security, List.of(roles));
  }

  static void require(SecurityContext security, List<String> roles) {
    if (security.getUserPrincipal() == null) {
      throw signInRequired();
    }
    if (roles.contains(Roles.ANY_AUTHENTICATED)) {
      return;
    }
    for (String role : roles) {
      if (security.isUserInRole(role)) {
        return;
      }
    }
    throw new ForbiddenException();
  }

  /**
   * The 401 for an anonymous caller, with both API challenges.
   *
   * @return the exception to throw
   */
  public static NotAuthorizedException signInRequired() {
    // the cast matters: with two Strings javac picks the (message, challenge, ...) constructor and
    // the Basic challenge silently became the exception's message
    return new NotAuthorizedException(
        (Object) CmsAuthenticationMechanism.BASIC_CHALLENGE,
        CmsAuthenticationMechanism.BEARER_CHALLENGE);
  }
}
