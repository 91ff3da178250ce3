/**
 * Who may do what: accounts and their roles ({@code account}), how callers prove who they are
 * ({@code authentication}: one {@code HttpAuthenticationMechanism} for HTTP Basic on the API and
 * form login for the back office, with login throttling), two-step sign-in with codes of an
 * authenticator app ({@code twostep}, ADR 0048), the {@code /api/v1/me} endpoint and the one JAX-RS
 * filter that enforces {@code @RolesAllowed} ({@code rest}), and the login and logout pages ({@code
 * web}).
 *
 * <p>To protect a REST endpoint, annotate the resource class or method:
 *
 * <pre>{@code
 * @Path("plugins")
 * @RolesAllowed(Roles.PLUGIN_ADMIN)
 * public class PluginsResource { ... }
 * }</pre>
 *
 * <p>Back-office pages under {@code /beheer/} are protected by the security constraint in {@code
 * web.xml}. See {@code docs/adr/0004-security-model.md}.
 */
package nl.techniekpact.cms.security;
