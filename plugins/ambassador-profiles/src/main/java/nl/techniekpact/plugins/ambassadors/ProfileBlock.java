package nl.techniekpact.plugins.ambassadors;

import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * The ambassador-profiles plugin's own extension point: a partner plugin (with {@code
 * Plugin-Dependencies: ambassador-profiles@>=1.0.0}) adds a block to an ambassador's profile, for
 * example the talks an ambassador gives in its region. Called through the host's invoker: a block
 * that throws is left out and counted against its plugin; the profile stays intact.
 *
 * <pre>{@code
 * @Extension
 * public class TalksBlock implements ProfileBlock {
 *   public String html(String ambassadorSlug, Locale locale) {
 *     return "<section><h2>Talks</h2>…</section>";
 *   }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public interface ProfileBlock extends ExtensionPoint {

  /**
   * The block for a profile.
   *
   * @param ambassadorSlug the ambassador
   * @param locale the page's language
   * @return well-formed HTML with text escaped, or {@code null} for no block on this profile
   */
  String html(String ambassadorSlug, Locale locale);
}
