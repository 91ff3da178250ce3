package nl.techniekpact.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * A piece of HTML a plugin adds to a named slot of a public page ({@link PageSlot}).
 *
 * <p>The host calls {@link #slot()} once when the plugin starts and {@link #render} for every page
 * view. What {@code render} returns is inserted as it is: escape every text that comes from content
 * or visitors (for example with {@code org.owasp.encoder} bundled in the plugin, or by hand). When
 * {@code render} throws, the visitor sees a small placeholder instead and the rest of the page
 * renders; a plugin that keeps failing is paused by the host.
 *
 * <pre>{@code
 * @Extension
 * public class InternshipsSection implements PageFragment {
 *   @Override
 *   public String slot() {
 *     return PageSlot.HOME;
 *   }
 *
 *   @Override
 *   public String render(FragmentRequest request) {
 *     boolean english = request.locale().getLanguage().equals("en");
 *     return "<section class=\"plugin-internships\"><h2>"
 *         + (english ? "Internships" : "Stageplaatsen")
 *         + "</h2></section>";
 *   }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public interface PageFragment extends ExtensionPoint {

  /**
   * The slot this fragment goes into, one of the {@link PageSlot} names.
   *
   * @return the slot
   */
  String slot();

  /**
   * The fragment's HTML for one page view.
   *
   * @param request the page view: slot, language and the slot's parameters
   * @return well-formed HTML, at most a few kilobytes
   */
  String render(FragmentRequest request);

  /**
   * Where the fragment goes among the slot's other fragments: lower first, equal ones in the order
   * their plugins started. The first-party plugins use 10 (ambassadors), 20 (cases) and 30 on the
   * home page.
   *
   * @return the position; 100 by default
   * @since 0.2.0
   */
  default int position() {
    return 100;
  }
}
