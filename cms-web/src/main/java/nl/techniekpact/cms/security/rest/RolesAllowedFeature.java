package nl.techniekpact.cms.security.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import nl.techniekpact.cms.security.Roles;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on JAX-RS resources (CDI
 * beans get no such check from the container). The method's annotation wins over the class's.
 * Anonymous callers of a protected endpoint get 401 with {@code WWW-Authenticate: Basic}, callers
 * without the role 403, both as problem details. {@value Roles#ANY_AUTHENTICATED} admits any
 * signed-in caller.
 *
 * <p><b>Not for sub-resource locators</b>: JAX-RS runs filters for resource methods only, so a
 * locator must call {@link RoleCheck#require} itself.
 *
 * <pre>{@code
 * @Path("plugins")
 * @RequestScoped
 * public class PluginsResource {
 *   @POST
 *   @RolesAllowed(Roles.PLUGIN_ADMIN)
 *   public Response install(...) { ... }
 * }
 * }</pre>
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> resource = resourceInfo.getResourceClass();
    Rule rule = ruleOf(method);
    if (rule == null && resource != null) {
      rule = ruleOf(resource);
    }
    if (rule != null && !rule.permitAll) {
      context.register(new Check(rule.roles));
    }
  }

  private static Rule ruleOf(AnnotatedElement element) {
    if (element == null) {
      return null;
    }
    if (element.isAnnotationPresent(DenyAll.class)) {
      return new Rule(false, List.of());
    }
    RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
    if (allowed != null) {
      return new Rule(false, Arrays.asList(allowed.value()));
    }
    if (element.isAnnotationPresent(PermitAll.class)) {
      return new Rule(true, List.of());
    }
    return null;
  }

  private record Rule(boolean permitAll, List<String> roles) {}

  /** The check for one resource method: signed in, and in one of the roles. */
  @Priority(Priorities.AUTHORIZATION)
  static final class Check implements ContainerRequestFilter {

    private final List<String> roles;

    Check(List<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      RoleCheck.require(request.getSecurityContext(), roles);
    }
  }
}
