package nl.techniekpact.cms.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles ({@link Roles}) of the caller of the current HTTP request, as the servlet container
 * maps them. The back office asks here, never Jakarta Security's {@code
 * SecurityContext.isCallerInRole}: on Payara 6 that asks {@code java.security.Policy}, which Java
 * 24 and later no longer let Payara install, so there it denies every role (ADR 0045). The
 * container's own check, {@code HttpServletRequest.isUserInRole}, answers rightly on every Java;
 * JAX-RS resources use it through their {@code SecurityContext}.
 *
 * <pre>{@code
 * @Inject CallerRoles roles;
 * if (roles.has(Roles.ADMINISTRATOR)) { ... }
 * }</pre>
 */
@ApplicationScoped
public class CallerRoles {

  @Inject private HttpServletRequest request;

  /** Whether the caller of the current request holds the role. */
  public boolean has(String role) {
    return request.isUserInRole(role);
  }

  /** The roles the caller of the current request holds. */
  public Set<String> held() {
    return Roles.ALL.stream().filter(this::has).collect(Collectors.toUnmodifiableSet());
  }
}
