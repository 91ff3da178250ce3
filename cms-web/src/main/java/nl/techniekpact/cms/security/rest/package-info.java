/**
 * The security side of the REST API: {@link nl.techniekpact.cms.security.rest.RolesAllowedFeature},
 * the one place that enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on
 * resources, and {@code /api/v1/me}.
 */
package nl.techniekpact.cms.security.rest;
