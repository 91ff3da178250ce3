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

  private PageSlot() {}
}
