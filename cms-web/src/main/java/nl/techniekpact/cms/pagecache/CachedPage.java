package nl.techniekpact.cms.pagecache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.web.SecurityHeadersFilter;

/**
 * A rendered page as the cache keeps it: the headers the page set, the moment its content was last
 * known to change, and how it is sent: as rendered, and gzipped for clients that accept that
 * ({@link GzipCoding}), each with its bytes and entity tag.
 *
 * @param headers the headers to send again (content type, language, …), never cookies
 * @param lastModified the {@code Last-Modified} moment, whole seconds
 * @param lastModifiedHeader {@code lastModified} as an HTTP date, formatted once
 * @param contentType the kept content type, or {@code null}
 * @param identity the page sent as rendered
 * @param gzip the page sent gzipped, or {@code null} when it is too small to gain from it or not
 *     kept
 */
record CachedPage(
    Map<String, List<String>> headers,
    Instant lastModified,
    String lastModifiedHeader,
    String contentType,
    Representation identity,
    Representation gzip) {

  /** A response's representation varies with its {@code Accept-Encoding}. */
  static final String VARY = "Accept-Encoding";

  /**
   * One way to send a kept page.
   *
   * @param body the bytes sent
   * @param etag their strong entity tag, quoted
   * @param contentEncoding the {@code Content-Encoding}, or {@code null} for none
   * @param hitHeaders what the front door adds to a fresh response for a hit, as name, value, name,
   *     value…: the public security headers, {@code X-Cache: hit}, the kept headers but the content
   *     type, {@code ETag}, {@code Cache-Control}, {@code Vary} and the {@code Content-Encoding} —
   *     prepared once per page ({@code Last-Modified} depends on the moment: {@link
   *     #lastModifiedHasCome})
   */
  record Representation(byte[] body, String etag, String contentEncoding, String[] hitHeaders) {}

  /**
   * A page to keep: gzipped too, when that makes it shorter.
   *
   * @param body the rendered bytes
   * @param headers the headers to send again
   * @param etag the strong entity tag of {@code body}, quoted
   * @param lastModified the {@code Last-Modified} moment, whole seconds
   */
  static CachedPage kept(
      byte[] body, Map<String, List<String>> headers, String etag, Instant lastModified) {
    return of(body, headers, etag, lastModified, GzipCoding.compress(body));
  }

  /** A page that is sent once and not kept: never gzipped (ADR 0038). */
  static CachedPage uncompressed(
      byte[] body, Map<String, List<String>> headers, String etag, Instant lastModified) {
    return of(body, headers, etag, lastModified, null);
  }

  private static CachedPage of(
      byte[] body,
      Map<String, List<String>> headers,
      String etag,
      Instant lastModified,
      byte[] gzipped) {
    String lastModifiedHeader = ConditionalGet.httpDate(lastModified);
    return new CachedPage(
        headers,
        lastModified,
        lastModifiedHeader,
        contentType(headers),
        representation(body, etag, null, headers, lastModifiedHeader),
        gzipped == null
            ? null
            : representation(
                gzipped, gzipEtag(etag), GzipCoding.NAME, headers, lastModifiedHeader));
  }

  /** The representation for a request's {@code Accept-Encoding} header (may be {@code null}). */
  Representation representationFor(String acceptEncoding) {
    return gzip != null && GzipCoding.accepts(acceptEncoding) ? gzip : identity;
  }

  /**
   * Whether {@code Last-Modified} may be sent and compared now: only once its second has come.
   * Until then the content changed within the current second, and another change in the same second
   * would get the same date, so a client holding the date could be told its stale copy is current
   * (RFC 9110, 8.8.2.2: a date is a strong validator only when sent a second or more after it). The
   * {@code ETag} is sent and compared always.
   *
   * @param now the moment of the response
   */
  boolean lastModifiedHasCome(Instant now) {
    return !now.isBefore(lastModified);
  }

  /** Roughly what the entry occupies in memory, for the size limit. */
  long weight() {
    return identity.body().length + (gzip == null ? 0 : gzip.body().length) + 512L;
  }

  /** The gzipped body's entity tag: the page's, marked, so that each representation has its own. */
  static String gzipEtag(String etag) {
    return etag.substring(0, etag.length() - 1) + "-gz\"";
  }

  private static Representation representation(
      byte[] body,
      String etag,
      String contentEncoding,
      Map<String, List<String>> headers,
      String lastModifiedHeader) {
    List<String> pairs = new ArrayList<>();
    SecurityHeadersFilter.PUBLIC_HEADERS.forEach(
        header -> {
          pairs.add(header.getKey());
          pairs.add(header.getValue());
        });
    pairs.add("X-Cache");
    pairs.add("hit");
    headers.forEach(
        (name, values) -> {
          if (!"Content-Type".equalsIgnoreCase(name)) {
            values.forEach(
                value -> {
                  pairs.add(name);
                  pairs.add(value);
                });
          }
        });
    pairs.addAll(
        List.of("ETag", etag, "Cache-Control", PageCacheFilter.CACHE_CONTROL, "Vary", VARY));
    if (contentEncoding != null) {
      pairs.add("Content-Encoding");
      pairs.add(contentEncoding);
    }
    return new Representation(body, etag, contentEncoding, pairs.toArray(String[]::new));
  }

  private static String contentType(Map<String, List<String>> headers) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if ("Content-Type".equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
        return header.getValue().get(0);
      }
    }
    return null;
  }
}
