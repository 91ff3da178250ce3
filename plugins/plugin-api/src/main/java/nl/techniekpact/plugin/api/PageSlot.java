package nl.techniekpact.plugin.api;

/**
 * The names of the places on public pages where {@link PageFragment}s appear.
 *
 * <pre>{@code
 * public String slot() {
 *   return PageSlot.HOME;
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PageSlot {

  /** Sections at the end of the home page's main content, after the cases. No parameters. */
  public static final String HOME = "home";

  /**
   * Sections on a landsdeel's page, after its own content. Parameter {@code region}: the region's
   * slug. Rendered once the region pages exist.
   */
  public static final String REGION = "region";

  private PageSlot() {}
}
