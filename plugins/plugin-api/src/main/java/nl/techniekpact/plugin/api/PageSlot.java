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

  /**
   * Sections of the home page after the introduction, the landsdelen and the goals (the ambassadors
   * and the cases come from here). No parameters.
   */
  public static final String HOME = "home";

  /**
   * Sections on a landsdeel's page (a page of the regional-pages plugin, {@code /regio/{slug}}),
   * after its ambitions. Parameter {@code region}: the region's slug.
   */
  public static final String REGION = "region";

  /**
   * Sections on a goal's page ({@code /doelen/{number}}), after its text and education levels; the
   * cases and ambassadors linked to the goal come from here. Parameter {@code goal}: the goal's
   * number.
   *
   * @since 0.2.0
   */
  public static final String GOAL = "goal";

  /**
   * The footer of every page rendered in the site's template (not the site's error pages, which
   * stay plain so that they work during an outage), after the site's own line: links such as the
   * site-pages plugin's pages (contact, the accessibility statement, privacy). No parameters. Keep
   * it small and quick: it is on every page; render a {@code <nav>} with its own {@code aria-label}
   * for a list of links.
   *
   * @since 0.5.0
   */
  public static final String FOOTER = "footer";

  private PageSlot() {}
}
