package nl.techniekpact.plugins.casestudies;

import java.util.List;
import java.util.Map;

/**
 * What the case index shows for one page view, read by {@code cases.xhtml}.
 *
 * @param cards the cases on this page
 * @param total how many cases match the filters
 * @param regions the region filter's options
 * @param goals the goal filter's options
 * @param levels the education level filter's options
 * @param pageLabel "Pagina 1 van 3"
 * @param previousHref the previous page, or {@code null}
 * @param nextHref the next page, or {@code null}
 * @param english whether the page is English (the filter form keeps the language)
 * @param t the page's texts by key
 */
public record CaseIndex(
    List<Card> cards,
    long total,
    List<Option> regions,
    List<Option> goals,
    List<Option> levels,
    String pageLabel,
    String previousHref,
    String nextHref,
    boolean english,
    Map<String, String> t) {

  /**
   * A case in the list.
   *
   * @param slug its slug
   * @param href its page
   * @param title its title
   * @param subtitle its subtitle, possibly empty
   * @param summary its summary
   * @param region the name of its landsdeel, possibly empty
   */
  public record Card(
      String slug, String href, String title, String subtitle, String summary, String region) {}

  /**
   * An option of a filter.
   *
   * @param value what the address carries
   * @param label what the visitor reads
   * @param selected whether it is the current filter
   */
  public record Option(String value, String label, boolean selected) {}
}
