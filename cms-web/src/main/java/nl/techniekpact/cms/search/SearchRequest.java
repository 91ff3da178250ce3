package nl.techniekpact.cms.search;

import java.time.Instant;
import java.util.Objects;

/**
 * What a visitor or client searches for.
 *
 * @param text the query as typed, 1 to {@value #MAX_LENGTH} characters
 * @param type only this kind of content, or null for all
 * @param english whether results are shown in English where translated (Dutch otherwise)
 * @param offset how many hits to skip
 * @param limit how many hits to return at most
 * @param now the moment whose visible content is searched
 */
public record SearchRequest(
    String text, SearchType type, boolean english, int offset, int limit, Instant now) {

  /** The longest query accepted. */
  public static final int MAX_LENGTH = 200;

  /** Checks the parts. */
  public SearchRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(now, "now");
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
    }
  }
}
