package nl.techniekpact.plugins.casestudies;

import java.util.List;
import java.util.Map;

/**
 * What the page of one case shows, read by {@code case.xhtml}.
 *
 * @param slug the case's slug
 * @param title its title
 * @param subtitle its subtitle, possibly empty
 * @param summary its summary
 * @param paragraphs its story, a paragraph each
 * @param region its landsdeel as a link, or {@code null}
 * @param goals its goals as links
 * @param levels its education levels
 * @param partners its partner organisations, with their websites where known
 * @param photo its photo, or {@code null}
 * @param sections the HTML sections partner plugins add
 * @param t the page's texts by key
 */
public record CaseDetail(
    String slug,
    String title,
    String subtitle,
    String summary,
    List<String> paragraphs,
    Link region,
    List<Link> goals,
    List<String> levels,
    List<Link> partners,
    Photo photo,
    List<String> sections,
    Map<String, String> t) {

  /**
   * A link.
   *
   * @param label what the visitor reads
   * @param href where it goes, or {@code null} for plain text
   */
  public record Link(String label, String href) {}

  /**
   * A photo.
   *
   * @param src its address
   * @param alt its text alternative
   */
  public record Photo(String src, String alt) {}
}
