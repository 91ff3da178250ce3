package nl.techniekpact.cms.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Names the language of a successful read asked for with {@code ?lang=nl} or {@code ?lang=en}
 * ({@link ApiLanguage}) in {@code Content-Language}, in this one place for every endpoint.
 */
@Provider
public class ApiLanguageFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String lang = request.getUriInfo().getQueryParameters().getFirst(ApiLanguage.PARAMETER);
    if (response.getStatus() == 200 && lang != null) {
      String code = lang.strip().toLowerCase(Locale.ROOT);
      if (code.equals("nl") || code.equals("en")) {
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, code);
      }
    }
  }
}
