package nl.techniekpact.model.shared;

/**
 * A window onto a long list (een pagina): skip {@code offset} items, take at most {@code limit}.
 *
 * <pre>{@code
 * List<CaseStudy> first = cases.findPublished(Instant.now(), Page.first(10));
 * List<CaseStudy> second = cases.findPublished(Instant.now(), Page.first(10).next());
 * }</pre>
 *
 * <p>A negative offset or a limit outside 1 to {@value #MAX_LIMIT} throws {@link
 * InvalidValueException}.
 *
 * @param offset how many items to skip, 0 or more
 * @param limit how many items at most, 1 to {@value #MAX_LIMIT}
 * @since 0.1.0
 */
public record Page(int offset, int limit) {

  /** The largest page anyone may ask for. */
  public static final int MAX_LIMIT = 500;

  public Page {
    if (offset < 0) {
      throw new InvalidValueException("offset", offset, "it must be 0 or more");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidValueException("limit", limit, "it must be between 1 and " + MAX_LIMIT);
    }
  }

  /**
   * The first page.
   *
   * @param limit its size
   * @return the page
   */
  public static Page first(int limit) {
    return new Page(0, limit);
  }

  /**
   * The page after this one.
   *
   * @return the next page
   */
  public Page next() {
    return new Page(offset + limit, limit);
  }
}
