package nl.techniekpact.plugin.api;

/**
 * Thrown by {@link PublicPage#model} when the address names nothing the public may see, such as an
 * unknown or unpublished slug: the visitor gets the site's 404 page, and it does not count as a
 * failure of the plugin.
 *
 * <pre>{@code
 * CaseStudy found = context.content().publishedCase(slug).orElseThrow(PageNotFoundException::new);
 * }</pre>
 *
 * @since 0.2.0
 */
public class PageNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Nothing at this address. */
  public PageNotFoundException() {
    super("Not found", null, false, false);
  }
}
