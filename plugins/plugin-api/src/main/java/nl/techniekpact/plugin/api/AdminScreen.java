package nl.techniekpact.plugin.api;

import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * A screen of the back office contributed by a plugin: an entry in the back-office menu and the
 * HTML of its page, framed by the back office's header, menu and footer. The host decides who sees
 * it: accounts that edit content (administrators, national and regional editors); a regional
 * editor's request names their regions, so a screen can show them only what is theirs. When {@link
 * #render} throws, the page shows a short placeholder and the failure counts against the plugin.
 *
 * <pre>{@code
 * @Extension
 * public class PlacesOverviewScreen implements AdminScreen {
 *   public String id() { return "overview"; }       // /beheer/content/screen.xhtml?plugin=…&screen=overview
 *   public String title(Locale locale) { return "en".equals(locale.getLanguage()) ? "Places" : "Stageplaatsen"; }
 *   public String render(AdminScreenRequest request) {
 *     return "<p>" + Html.escape("…") + "</p>";     // escape what you insert
 *   }
 * }
 * }</pre>
 *
 * <p>The HTML may not contain inline scripts or styles (the back office's Content Security Policy
 * blocks them); forms should be plain links to the host's screens or to the plugin's REST endpoint,
 * as the screen itself is read-only.
 *
 * @since 0.3.0
 */
public interface AdminScreen extends ExtensionPoint {

  /**
   * The screen's id, unique within the plugin: lower case letters, digits and dashes.
   *
   * @return the id
   */
  String id();

  /**
   * The menu entry and heading.
   *
   * @param locale the editor's language (Dutch or English)
   * @return the title
   */
  String title(Locale locale);

  /**
   * The screen's HTML, below its heading.
   *
   * @param request who asks, and in which language
   * @return the HTML
   */
  String render(AdminScreenRequest request);
}
