package nl.techniekpact.plugins.regions;

import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * The regional-pages plugin's own extension point: a partner plugin (with {@code
 * Plugin-Dependencies: regional-pages@>=1.0.0}) adds a section to the page of a landsdeel, for
 * example a region's own events. The plugin calls every implementation through the host's invoker:
 * a section that throws is replaced by a short placeholder and counted against its plugin; the rest
 * of the region's page stays intact.
 *
 * <pre>{@code
 * @Extension
 * public class EventsSection implements RegionSection {
 *   public String html(String regionSlug, Locale locale) {
 *     return "noord-nederland".equals(regionSlug)
 *         ? "<section aria-labelledby=\"events\"><h2 id=\"events\">Agenda</h2>…</section>"
 *         : null;
 *   }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public interface RegionSection extends ExtensionPoint {

  /**
   * The section for a region's page.
   *
   * @param regionSlug the landsdeel, such as {@code noord-nederland}
   * @param locale the page's language
   * @return well-formed HTML with text escaped, or {@code null} for no section on this region
   */
  String html(String regionSlug, Locale locale);
}
