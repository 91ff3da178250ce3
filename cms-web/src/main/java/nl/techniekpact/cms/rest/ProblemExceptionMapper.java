package nl.techniekpact.cms.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.techniekpact.cms.plugin.rest.PluginRequestFailures;
import nl.techniekpact.cms.security.rest.RoleCheck;
import nl.techniekpact.cms.web.ErrorKind;
import nl.techniekpact.cms.web.ErrorMessages;
import nl.techniekpact.cms.web.ProblemDetails;
import nl.techniekpact.cms.web.ProblemWithDetail;

/**
 * Turns every exception that leaves a resource into RFC 9457 problem details, with the same
 * classification and texts as the error pages. Server errors are logged, never shown; a server
 * error inside a plugin's endpoint is counted against that plugin. An exception that carries its
 * own detail ({@link ProblemWithDetail}, such as a refused plugin install) shows that detail.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  @Context private UriInfo uriInfo;

  @Context private HttpHeaders headers;

  @Context private HttpServletRequest request;

  @Inject private PluginRequestFailures pluginFailures;

  @Override
  public Response toResponse(Throwable error) {
    int status = error instanceof WebApplicationException web ? web.getResponse().getStatus() : 500;
    ErrorKind kind = ErrorKind.classify(error, status);
    if (kind.logged()) {
      LOG.log(Level.SEVERE, "API request failed", error);
    } else if (kind.status() >= 500) {
      LOG.log(Level.FINE, "API request failed", error);
    }
    ProblemDetails problem =
        ErrorMessages.forAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
            .problem(error, kind, uriInfo.getRequestUri().getRawPath());
    if (kind.logged()) {
      // a database outage is not the plugin's failure
      pluginFailures.report(request, error);
    }
    Response.ResponseBuilder response =
        Response.status(kind.status()).type(ProblemDetails.MEDIA_TYPE).entity(problem.toJson());
    if (kind == ErrorKind.DATABASE_UNAVAILABLE) {
      response.header("Retry-After", ErrorKind.RETRY_AFTER_SECONDS);
    }
    if (error instanceof WebApplicationException web) {
      web.getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !name.equalsIgnoreCase(HttpHeaders.WWW_AUTHENTICATE)) {
                  values.forEach(value -> response.header(name, value));
                }
              });
    }
    if (error instanceof NotAuthorizedException unauthorized) {
      // all challenges in one field (RFC 9110 11.6.1): over HTTP/2 the server kept only the last
      // of several WWW-Authenticate fields
      // a NotAuthorizedException made from a message only (as the container's own, "Authentication
      // resulted in SEND_FAILURE") has no challenges: name ours
      java.util.List<Object> challenges = unauthorized.getChallenges();
      if (challenges == null || challenges.isEmpty()) {
        challenges = RoleCheck.signInRequired().getChallenges();
      }
      response.header(
          HttpHeaders.WWW_AUTHENTICATE,
          challenges.stream()
              .map(String::valueOf)
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    return response.build();
  }
}
