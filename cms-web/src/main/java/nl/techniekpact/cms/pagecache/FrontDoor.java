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
    send(hit.get(), request, response);
    return true;
  }

  /**
   * Sends a kept page on a fresh response, as {@link PageCacheFilter#send} does after the security
   * headers and {@code X-Cache: hit} (the same headers, prepared once per page and representation):
   * its body with its length, gzipped when the client accepts that, or 304 when the client's copy
   * is current.
   */
  private static void send(
      CachedPage page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CachedPage.Representation representation =
        page.representationFor(request.getHeader("Accept-Encoding"));
    String[] headers = representation.hitHeaders();
    for (int i = 0; i < headers.length; i += 2) {
      response.addHeader(headers[i], headers[i + 1]);
    }
    if (request.isSecure()) {
      response.addHeader(
          SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY.getKey(),
          SecurityHeadersFilter.STRICT_TRANSPORT_SECURITY.getValue());
    }
    if (page.contentType() != null) {
      response.setContentType(page.contentType());
    }
    PageCacheFilter.sendStatusAndBody(page, representation, request, response);
  }
}
