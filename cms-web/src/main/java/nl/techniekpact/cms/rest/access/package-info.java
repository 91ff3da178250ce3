/**
 * Who may call the API how often and from which web origin: {@link
 * nl.techniekpact.cms.rest.access.ApiRateLimitFilter} (a token bucket per anonymous client address,
 * 429 with {@code Retry-After}) and {@link nl.techniekpact.cms.rest.access.ApiCorsFilter} (the
 * configured partner origins, preflight included). Both apply to {@code /api/*} only, CORS first,
 * as {@code web.xml} orders them.
 */
package nl.techniekpact.cms.rest.access;
