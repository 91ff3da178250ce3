package nl.techniekpact.plugins.casestudies;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.model.casestudy.CaseStudy;

/**
 * The cards of a list of cases, as the home, goal and region pages show them: each links to the
 * case's page.
 */
final class CaseCards {

  private CaseCards() {}

  /**
   * A list of cards.
   *
   * @param cases the cases
   * @param locale the page's language
   * @param numbered whether each card carries "Case n" (the home page, an ordered list)
   * @return {@code <ol class="cards cases">} or {@code <ul …>} with one {@code li} per case
   */
  static String list(List<CaseStudy> cases, Locale locale, boolean numbered) {
    String tag = numbered ? "ol" : "ul";
    StringBuilder html = new StringBuilder("<").append(tag).append(" class=\"cards cases\">");
    int number = 0;
    for (CaseStudy item : cases) {
      number++;
      String slug = item.getSlug().toString();
      html.append("<li class=\"card\" data-slug=\"").append(Web.escape(slug)).append("\">");
      if (numbered) {
        html.append("<p class=\"label\">")
            .append(Web.pick(locale, "Case ", "Case "))
            .append(number)
            .append("</p>");
      }
      html.append("<h3><a href=\"")
          .append(Web.escape(Web.href("/cases/" + slug, locale)))
          .append("\">")
          .append(Web.escape(Web.text(item.getTitle(), locale)))
          .append("</a></h3>");
      String subtitle = Web.text(item.getSubtitle(), locale);
      if (!subtitle.isBlank()) {
        html.append("<p class=\"quote\">").append(Web.escape(subtitle)).append("</p>");
      }
      html.append("<p>").append(Web.escape(Web.text(item.getSummary(), locale))).append("</p>");
      html.append("</li>");
    }
    return html.append("</").append(tag).append(">").toString();
  }

  /** A section with a heading, the cards, or a sentence when there are none. */
  static String section(
      String id, String heading, String empty, List<CaseStudy> cases, Locale locale, String more) {
    StringBuilder html =
        new StringBuilder("<section class=\"plugin-cases\" aria-labelledby=\"")
            .append(id)
            .append("\"><h2 id=\"")
            .append(id)
            .append("\">")
            .append(Web.escape(heading))
            .append("</h2>");
    if (cases.isEmpty()) {
      html.append("<p class=\"empty\">").append(Web.escape(empty)).append("</p>");
    } else {
      html.append(list(cases, locale, false));
    }
    if (more != null) {
      html.append(more);
    }
    return html.append("</section>").toString();
  }

  /** The "all cases" link, in the page's language. */
  static String allCasesLink(Locale locale, String query) {
    return "<p class=\"all\"><a href=\""
        + Web.escape(Web.href("/cases" + query, locale))
        + "\">"
        + Web.pick(locale, "Alle cases", "All cases")
        + "</a></p>";
  }
}
