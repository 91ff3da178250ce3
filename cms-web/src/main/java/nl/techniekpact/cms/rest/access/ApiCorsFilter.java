package nl.techniekpact.cms.rest.access;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import nl.techniekpact.cms.web.ErrorKind;
import org.eclipse.microprofile.config.Config;

/**
 * CORS for partner front ends on {@code /api/*}: a request from an origin in {@value
 * #ALLOWED_ORIGINS} (comma separated, such as {@code https://partner.example}; none by default; the
 * single value {@code *} allows any) gets {@code Access-Control-Allow-Origin} naming that origin
 * and can read the headers clients need ({@code ETag}, {@code Link}, {@code Location}, {@code
 * Retry-After}). A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) from an
 * allowed origin is answered here with 204; from any other origin with 403 problem details. Other
 * requests from other origins are served without CORS headers, so browsers keep their answers from
 * the page. No credentials mode: API clients send tokens in {@code Authorization}.
 */
@WebFilter(filterName = "apiCors", asyncSupported = true)
public class ApiCorsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** MicroProfile Config key: the origins allowed to call the API from a browser. */
  public static final String ALLOWED_ORIGINS = "cms.api.cors.allowed-origins";

  static final String ALLOW_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
  static final String ALLOW_HEADERS =
      "Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match";
  static final String EXPOSE_HEADERS = "ETag, Link, Location, Retry-After, WWW-Authenticate";
  static final String MAX_AGE = "600";

  @Inject private transient Config config;

  private List<String> allowed;

  @Override
  public void init() {
    allowed =
        config
            .getOptionalValues(ALLOWED_ORIGINS, String.class)
            .map(values -> values.stream().map(ApiCorsFilter::normalise).toList())
            .orElse(List.of());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      chain.doFilter(request, response);
      return;
    }
    response.addHeader("Vary", "Origin");
    boolean permitted = isAllowed(origin);
    boolean preflight =
        "OPTIONS".equals(request.getMethod())
            && request.getHeader("Access-Control-Request-Method") != null;
    if (preflight) {
      if (!permitted) {
        request.setAttribute(ErrorKind.ATTRIBUTE, ErrorKind.FORBIDDEN);
        response.sendError(ErrorKind.FORBIDDEN.status());
        return;
      }
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Access-Control-Allow-Methods", ALLOW_METHODS);
      response.setHeader("Access-Control-Allow-Headers", ALLOW_HEADERS);
      response.setHeader("Access-Control-Max-Age", MAX_AGE);
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    if (permitted) {
      response.setHeader("Access-Control-Allow-Origin", origin);
      response.setHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }
    chain.doFilter(request, response);
  }

  /** Whether an {@code Origin} header names an allowed origin. */
  boolean isAllowed(String origin) {
    return allowed.contains("*") || allowed.contains(normalise(origin));
  }

  private static String normalise(String origin) {
    String trimmed = origin.strip().toLowerCase(Locale.ROOT);
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
