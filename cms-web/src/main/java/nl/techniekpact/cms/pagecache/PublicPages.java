package nl.techniekpact.cms.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * Which requests are for a public page as an anonymous visitor sees it, and the key a page is kept
 * under. Everything else — the back office, the API, signing in, health, files — passes by the page
 * cache untouched.
 */
final class PublicPages {

  /** Addresses below the context path that are never public pages. */
  static final List<String> EXCLUDED_PREFIXES =
      List.of(
          "/api/",
          "/beheer/",
          "/login",
          "/logout",
          "/health",
          "/openapi",
          "/error",
          "/diagnostics/",
          "/jakarta.faces.resource/",
          "/resources/",
          // images of the media library: immutable bytes with their own year-long caching
          "/media/",
          "/robots.txt",
          "/sitemap.xml",
          // search results come from an index that is updated asynchronously after a change: a
          // page rendered between the invalidation and the update would be kept stale
          "/zoeken");

  /** Longer query strings are not cached (they would only fill the cache). */
  static final int MAX_QUERY_LENGTH = 512;

  private PublicPages() {}

  /**
   * The key of an anonymous request for a public page.
   *
   * @param request the request
   * @return the key, empty when the request is not for a public page or not anonymous
   */
  static Optional<String> key(HttpServletRequest request) {
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      return Optional.empty();
    }
    String uri = request.getRequestURI();
    String path = uri.substring(request.getContextPath().length());
    String query = request.getQueryString();
    if (!isPublicPath(path)
        || (query != null && query.length() > MAX_QUERY_LENGTH)
        || request.getHeader("Authorization") != null
        || request.getRequestedSessionId() != null
        || request.getUserPrincipal() != null) {
      return Optional.empty();
    }
    // the page shows absolute links (canonical, hreflang) built from scheme, host and port, and
    // its language comes from ?lang: all of them are part of the key
    return Optional.of(
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + uri
            + (query == null ? "" : "?" + query)
            + " "
            + (english(request, query) ? "en" : "nl"));
  }

  /**
   * Whether the page is asked for in English ({@code ?lang=en}); the parameters are parsed only
   * when the query string could name {@code lang} at all (plainly or percent-encoded).
   */
  private static boolean english(HttpServletRequest request, String query) {
    return query != null
        && (query.contains("lang") || query.indexOf('%') >= 0)
        && "en".equals(request.getParameter("lang"));
  }

  /** Whether an address below the context path may be a public page. */
  static boolean isPublicPath(String path) {
    if (path.isEmpty() || !path.startsWith("/")) {
      return false;
    }
    for (String prefix : EXCLUDED_PREFIXES) {
      if (path.startsWith(prefix)) {
        return false;
      }
    }
    // plugin static files (/p/{plugin}/{version}/static/…) are files, not pages
    return !(path.startsWith("/p/") && path.contains("/static/"));
  }
}
