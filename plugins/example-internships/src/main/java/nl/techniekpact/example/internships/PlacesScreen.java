package nl.techniekpact.example.internships;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.plugin.api.AdminScreen;
import nl.techniekpact.plugin.api.AdminScreenRequest;
import nl.techniekpact.plugin.api.Html;
import nl.techniekpact.plugin.api.PluginContext;
import org.pf4j.Extension;

/**
 * A back-office screen (plugin API 0.3): the published places per landsdeel, for the editor's
 * regions (all of them for national editors), with a link to the CMS's screens where editors fill
 * them in.
 */
@Extension
public class PlacesScreen implements AdminScreen {

  private final PluginContext context;

  /** Created by the host with the plugin's context. */
  public PlacesScreen(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "overview";
  }

  @Override
  public String title(Locale locale) {
    return english(locale) ? "Places per region" : "Stageplaatsen per landsdeel";
  }

  @Override
  public String render(AdminScreenRequest request) {
    boolean english = english(request.locale());
    List<Place> published = Places.published(context, request.locale());
    StringBuilder html = new StringBuilder();
    html.append("<p>")
        .append(
            english
                ? "Published places that editors entered, per region."
                : "Gepubliceerde plaatsen die redacteuren invoerden, per landsdeel.")
        .append("</p><table class=\"bo-table\" id=\"places-per-region\"><caption>")
        .append(english ? "Places per region" : "Plaatsen per landsdeel")
        .append("</caption><thead><tr><th scope=\"col\">")
        .append(english ? "Region" : "Landsdeel")
        .append("</th><th scope=\"col\">")
        .append(english ? "Places" : "Plaatsen")
        .append("</th></tr></thead><tbody>");
    for (Region region : context.content().publishedRegions()) {
      String slug = region.getSlug().getValue();
      if (!request.national() && !request.regions().contains(slug)) {
        continue;
      }
      int places = Places.total(Places.inRegion(published, slug));
      html.append("<tr data-region=\"")
          .append(Html.escape(slug))
          .append("\"><th scope=\"row\">")
          .append(Html.escape(region.getName()))
          .append("</th><td>")
          .append(places)
          .append("</td></tr>");
    }
    html.append("</tbody></table><p><a href=\"/beheer/content/index.xhtml?plugin=")
        .append(context.pluginId())
        .append("&amp;type=")
        .append(InternshipPlaceType.KEY)
        .append("\">")
        .append(english ? "Edit the places" : "Plaatsen bewerken")
        .append("</a></p>");
    return html.toString();
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }
}
