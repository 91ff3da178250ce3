package nl.techniekpact.plugins.casestudies;

import java.util.Locale;
import org.pf4j.ExtensionPoint;

/**
 * The case-studies plugin's own extension point: a partner plugin (with {@code Plugin-Dependencies:
 * case-studies@>=1.0.0}) adds a section to the page of a case, for example extra fields it keeps
 * about the case. The plugin calls every implementation through the host's invoker: one that throws
 * is left out (and counted against its plugin); the page stays intact.
 *
 * <pre>{@code
 * @Extension
 * public class FundingSection implements CaseSection {
 *   public String html(String caseSlug, Locale locale) {
 *     return "make-it-move".equals(caseSlug) ? "<section><h2>Funding</h2>…</section>" : null;
 *   }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public interface CaseSection extends ExtensionPoint {

  /**
   * The section for a case's page.
   *
   * @param caseSlug the case
   * @param locale the page's language
   * @return well-formed HTML with text escaped, or {@code null} for no section on this case
   */
  String html(String caseSlug, Locale locale);
}
