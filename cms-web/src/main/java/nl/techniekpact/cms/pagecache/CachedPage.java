package nl.techniekpact.cms.pagecache;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A rendered page as the cache keeps it: the bytes, the headers the page set, its entity tag and
 * the moment its content was last known to change.
 *
 * @param body the response body
 * @param headers the headers to send again (content type, language, …), never cookies
 * @param etag the strong entity tag, quoted
 * @param lastModified the {@code Last-Modified} moment, whole seconds
 * @param lastModifiedHeader {@code lastModified} as an HTTP date, formatted once
 */
record CachedPage(
    byte[] body,
    Map<String, List<String>> headers,
    String etag,
    Instant lastModified,
    String lastModifiedHeader) {

  CachedPage(byte[] body, Map<String, List<String>> headers, String etag, Instant lastModified) {
    this(body, headers, etag, lastModified, ConditionalGet.httpDate(lastModified));
  }

  /** Roughly what the entry occupies in memory, for the size limit. */
  long weight() {
    return body.length + 512L;
  }
}
