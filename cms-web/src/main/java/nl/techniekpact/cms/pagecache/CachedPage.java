package nl.techniekpact.cms.pagecache;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.techniekpact.cms.web.SecurityHeadersFilter;

/**
 * A rendered page as the cache keeps it: the bytes, the headers the page set, its entity tag and
 * the moment its content was last known to change.
 *
 * @param body the response body
 * @param headers the headers to send again (content type, language, …), never cookies
 * @param etag the strong entity tag, quoted
 * @param lastModified the {@code Last-Modified} moment, whole seconds
 * @param lastModifiedHeader {@code lastModified} as an HTTP date, formatted once
 * @param hitHeaders what the front door adds to a fresh response for a hit, as name, value, name,
 *     value…: the public security headers, {@code X-Cache: hit}, the kept headers but the content
 *     type, {@code ETag}, {@code Last-Modified} and {@code Cache-Control} — prepared once per page
 * @param contentType the kept content type, or {@code null}
 */
record CachedPage(
    byte[] body,
    Map<String, List<String>> headers,
    String etag,
    Instant lastModified,
    String lastModifiedHeader,
    String[] hitHeaders,
    String contentType) {

  CachedPage(byte[] body, Map<String, List<String>> headers, String etag, Instant lastModified) {
    this(body, headers, etag, lastModified, ConditionalGet.httpDate(lastModified));
  }

  private CachedPage(
      byte[] body,
      Map<String, List<String>> headers,
      String etag,
      Instant lastModified,
      String lastModifiedHeader) {
    this(
        body,
        headers,
        etag,
        lastModified,
        lastModifiedHeader,
        hitHeaders(headers, etag, lastModifiedHeader),
        contentType(headers));
  }

  /** Roughly what the entry occupies in memory, for the size limit. */
  long weight() {
    return body.length + 512L;
  }

  private static String[] hitHeaders(
      Map<String, List<String>> headers, String etag, String lastModifiedHeader) {
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
        List.of(
            "ETag",
            etag,
            "Last-Modified",
            lastModifiedHeader,
            "Cache-Control",
            PageCacheFilter.CACHE_CONTROL));
    return pairs.toArray(String[]::new);
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
