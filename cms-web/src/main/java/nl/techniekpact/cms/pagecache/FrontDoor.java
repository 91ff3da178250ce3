package nl.techniekpact.cms.pagecache;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import nl.techniekpact.cms.web.SecurityHeadersFilter;

/**
 * Answers page cache hits before the server authenticates the request and runs the filters: for an
 * anonymous {@code GET}/{@code HEAD} of a public page ({@link PublicPages}: no {@code
 * Authorization} header, no session cookie) whose page is kept and whose schedule is known ({@link
 * PageCache#peek}), it sends what {@link PageCacheFilter} would send for a hit — the security
 * headers, the kept headers, {@code ETag}, {@code Last-Modified}, {@code X-Cache: hit}, or 304.
 * Every other request goes on unchanged, through authentication and the filters, where the page
 * cache's normal path decides. Such a request carries nothing an authentication mechanism could
 * sign in with, so skipping it changes nothing but the cost (ADR 0020).
 */
final class FrontDoor {

  private final Function<String, Optional<CachedPage>> pages;

  /**
   * @param pages the pages that may be served without looking anything up, by key ({@link
   *     PageCache#peek})
   */
  FrontDoor(Function<String, Optional<CachedPage>> pages) {
    this.pages = pages;
  }

  /**
   * Serves the request from the cache when it may.
   *
   * @param request the request, not yet authenticated
   * @param response its response
   * @return whether the response was sent; when not, nothing was written
   */
  boolean serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<String> key = PublicPages.key(request);
    if (key.isEmpty()) {
      return false;
    }
    Optional<CachedPage> hit = pages.apply(key.get());
    if (hit.isEmpty()) {
      return false;
    }
    SecurityHeadersFilter.setPublicHeaders(request, response);
    response.setHeader("X-Cache", "hit");
    PageCacheFilter.send(hit.get(), request, response);
    return true;
  }
}
