package nl.techniekpact.cms.pagecache;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.startup.Serving;

/**
 * The gate of the page cache, in front of every public page (host pages and plugin pages alike): an
 * anonymous GET of a public page ({@link PublicPages}) is answered from the cache when it holds the
 * page ({@code X-Cache: hit}), else rendered, captured and kept when it is a complete {@code 200
 * text/html} that created no session and set no cookie ({@code X-Cache: miss}). Either way the page
 * gets a strong {@code ETag} (a hash of its bytes), {@code Last-Modified} (the whole second after
 * the last content change, once it has come: {@link CachedPage#lastModifiedHasCome}) and {@code
 * Cache-Control: no-cache}, and a matching {@code If-None-Match} or {@code If-Modified-Since} gets
 * 304. web.xml maps this filter right after the security headers.
 */
@WebFilter(
    filterName = "pageCache",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST,
    asyncSupported = true)
public class PageCacheFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Clients revalidate every time (cheap: 304), so a change is seen at once. */
  static final String CACHE_CONTROL = "no-cache";

  /** Headers the page cache sets itself or never replays. */
  private static final Set<String> NOT_REPLAYED =
      Set.of(
          "set-cookie",
          "content-length",
          "transfer-encoding",
          "date",
          "etag",
          "last-modified",
          "cache-control",
          "x-cache",
          "content-type",
          "content-security-policy",
          "x-content-type-options",
          "referrer-policy",
          "permissions-policy",
          "x-frame-options",
          "cross-origin-opener-policy",
          "strict-transport-security",
          "content-encoding");

  @Inject private transient PageCache cache;
  @Inject private transient Serving serving;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> key = PublicPages.key(request);
    Optional<PageCache.Ticket> ticket = key.isEmpty() ? Optional.empty() : cache.begin();
    if (ticket.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<CachedPage> hit = cache.find(key.get(), ticket.get());
    if (hit.isPresent()) {
      response.setHeader("X-Cache", "hit");
      send(hit.get(), request, response);
      return;
    }
    CapturingResponse capture = new CapturingResponse(response);
    IncompleteRender.begin();
    boolean incomplete;
    try {
      chain.doFilter(request, capture);
    } finally {
      incomplete = IncompleteRender.end();
    }
    if (capture.passedThrough()) {
      return;
    }
    try {
      sendRendered(request, response, capture, incomplete, ticket.get(), key.get());
    } finally {
      // the first public page lets the background loads start (ADR 0039)
      serving.pageRendered();
    }
  }

  /** Sends a page just rendered, and keeps it when it may be kept. */
  private void sendRendered(
      HttpServletRequest request,
      HttpServletResponse response,
      CapturingResponse capture,
      boolean incomplete,
      PageCache.Ticket ticket,
      String key)
      throws IOException {
    byte[] body = capture.body();
    String type = response.getContentType();
    if (response.getStatus() != HttpServletResponse.SC_OK
        || type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("text/html")) {
      writeBody(body, request, response);
      return;
    }
    boolean cacheable =
        !incomplete
            && !"HEAD".equals(request.getMethod())
            && request.getSession(false) == null
            && !response.containsHeader("Set-Cookie");
    Map<String, List<String>> headers = replayable(response);
    Instant lastModified = ticket.lastModified();
    // compressing costs more than a render saves when nothing is kept (the cache off); and a page
    // tied to a new session may hold its secrets: only kept pages are gzipped (ADR 0038)
    boolean kept = cacheable && cache.isEnabled();
    CachedPage page =
        kept
            ? CachedPage.kept(body, headers, etag(body), lastModified)
            : CachedPage.uncompressed(body, headers, etag(body), lastModified);
    if (kept) {
      cache.keep(key, page, ticket);
    }
    response.setHeader("X-Cache", "miss");
    send(page, request, response);
  }

  /**
   * Sends a page, gzipped when the client accepts that and it is worth it, or 304 when the client's
   * copy is current.
   */
  static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CachedPage.Representation representation =
        page.representationFor(request.getHeader("Accept-Encoding"));
    page.headers()
        .forEach(
            (name, values) -> {
              response.setHeader(name, values.get(0));
              values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            });
    response.setHeader("ETag", representation.etag());
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.addHeader("Vary", CachedPage.VARY);
    if (representation.contentEncoding() != null) {
      response.setHeader("Content-Encoding", representation.contentEncoding());
    }
    sendStatusAndBody(page, representation, request, response);
  }

  /**
   * After a kept page's other headers: its {@code Last-Modified} once that second has come ({@link
   * CachedPage#lastModifiedHasCome}), then 304 when the client's copy of this representation is
   * current, else 200 with its body and length (no body for {@code HEAD}). Shared with the {@link
   * FrontDoor}.
   */
  static void sendStatusAndBody(
      CachedPage page,
      CachedPage.Representation representation,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Instant lastModified = page.lastModifiedHasCome(Instant.now()) ? page.lastModified() : null;
    if (lastModified != null) {
      response.setHeader("Last-Modified", page.lastModifiedHeader());
    }
    if (ConditionalGet.notModified(
        request.getHeader("If-None-Match"),
        request.getHeader("If-Modified-Since"),
        representation.etag(),
        lastModified)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    writeBody(representation.body(), request, response);
  }

  private static void writeBody(
      byte[] body, HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setContentLength(body.length);
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(body);
    }
  }

  /** The headers a page set that a cached copy must carry too, its content type first. */
  private static Map<String, List<String>> replayable(HttpServletResponse response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Content-Type", List.of(response.getContentType()));
    for (String name : response.getHeaderNames()) {
      if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
        headers.put(name, List.copyOf(new ArrayList<>(response.getHeaders(name))));
      }
    }
    return Map.copyOf(headers);
  }

  /** A strong entity tag: the first 160 bits of the body's SHA-256. */
  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"'
          + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27)
          + '"';
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
    }
  }
}
