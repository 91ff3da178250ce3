package nl.techniekpact.cms.pagecache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Conditional GET of pages (RFC 9110, 13.1): whether a client's copy is still the current one. An
 * {@code If-None-Match} decides alone when present (weak comparison, {@code *} matches any);
 * otherwise {@code If-Modified-Since} is compared with the page's {@code Last-Modified}, when it
 * has one now ({@link CachedPage#lastModifiedHasCome}).
 */
final class ConditionalGet {

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private ConditionalGet() {}

  /**
   * Whether to answer 304 Not Modified.
   *
   * @param ifNoneMatch the request's If-None-Match, or {@code null}
   * @param ifModifiedSince the request's If-Modified-Since, or {@code null}
   * @param etag the page's current entity tag, quoted
   * @param lastModified the page's Last-Modified, whole seconds, or {@code null} when it has none
   *     now (then only the entity tag can match)
   * @return whether the client's copy is current
   */
  static boolean notModified(
      String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
    if (ifNoneMatch != null) {
      return matches(ifNoneMatch, etag);
    }
    if (ifModifiedSince == null || lastModified == null) {
      return false;
    }
    try {
      Instant since =
          ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
              .toInstant();
      return !lastModified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // an invalid date is ignored (RFC 9110, 13.1.3)
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    String wanted = opaque(etag);
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.strip();
      if (candidate.equals("*") || opaque(candidate).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /** An HTTP date such as {@code Sat, 28 Nov 2026 08:00:00 GMT}. */
  static String httpDate(Instant moment) {
    return HTTP_DATE.format(moment.atZone(ZoneOffset.UTC));
  }
}
