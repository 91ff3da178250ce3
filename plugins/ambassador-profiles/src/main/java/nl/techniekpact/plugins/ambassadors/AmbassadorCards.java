package nl.techniekpact.plugins.ambassadors;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.model.ambassador.Ambassador;
import nl.techniekpact.plugin.api.Html;

/** Ambassadors as cards: photo, name linking to the profile, role and teaser. */
final class AmbassadorCards {

  private AmbassadorCards() {}

  /** {@code <ul class="cards ambassadors">} with one {@code li} per ambassador. */
  static String list(List<Ambassador> ambassadors, Locale locale) {
    StringBuilder html = new StringBuilder("<ul class=\"cards ambassadors\">");
    for (Ambassador ambassador : ambassadors) {
      String href = Html.escape(Html.href(Texts.profile(ambassador), locale));
      String name = Html.escape(ambassador.getName());
      html.append("<li class=\"card\" data-slug=\"")
          .append(Html.escape(ambassador.getSlug().toString()))
          .append("\">");
      if (ambassador.getPhoto() != null) {
        html.append("<img class=\"photo\" src=\"")
            .append(Html.escape(ambassador.getPhoto().getLocation()))
            .append("\" alt=\"")
            .append(Html.escape(ambassador.getPhoto().getAltText()))
            .append("\"/>");
      }
      html.append("<h3><a href=\"").append(href).append("\">").append(name).append("</a></h3>");
      html.append("<p class=\"label\">")
          .append(Html.escape(Texts.role(ambassador, locale)))
          .append("</p>");
      html.append("<p>")
          .append(Html.escape(Texts.of(ambassador.getTeaser(), locale)))
          .append("</p>");
      html.append("<p class=\"more\"><a href=\"")
          .append(href)
          .append("\">")
          .append(Texts.pick(locale, "meer", "more"))
          .append("<span class=\"visually-hidden\"> ")
          .append(Texts.pick(locale, "over ", "about "))
          .append(name)
          .append("</span></a></p>");
      html.append("</li>");
    }
    return html.append("</ul>").toString();
  }
}
