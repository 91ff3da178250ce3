package nl.techniekpact.example.internships;

import java.util.List;
import java.util.Locale;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.plugin.api.PluginContext;
import nl.techniekpact.plugin.api.PublicPage;
import nl.techniekpact.plugin.api.PublicPageRequest;
import org.pf4j.Extension;

/**
 * The public page {@code /p/example-internships/places}: the open places per landsdeel. Its Facelet
 * is {@code META-INF/techniekpact/pages/places.xhtml}, its style sheet {@code
 * META-INF/techniekpact/static/css/internships.css}.
 */
@Extension
public class PlacesPage implements PublicPage {

  private final PluginContext context;

  /** Created by the host with the plugin's context. */
  public PlacesPage(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "places";
  }

  @Override
  public String title(Locale locale) {
    return english(locale) ? "Internships and apprenticeships" : "Stage- en leerbanen";
  }

  @Override
  public PlacesOverview model(PublicPageRequest request) {
    boolean english = english(request.locale());
    List<Place> places = Places.all(context, request.locale());
    List<PlacesOverview.RegionPlaces> regions =
        context.content().publishedRegions().stream()
            .map(
                (Region region) ->
                    new PlacesOverview.RegionPlaces(
                        region.getName(),
                        region.getSlug().getValue(),
                        Places.inRegion(places, region.getSlug().getValue())))
            .toList();
    int total = regions.stream().mapToInt(region -> Places.total(region.places())).sum();
    String intro =
        english
            ? total + " open places in " + regions.size() + " regions, offered by companies."
            : total
                + " open plaatsen in "
                + regions.size()
                + " landsdelen, aangeboden door bedrijven.";
    return new PlacesOverview(
        intro,
        english ? "No open places at the moment." : "Op dit moment geen open plaatsen.",
        english ? "places" : "plaatsen",
        english ? "Apply" : "Aanmelden",
        context.pluginVersion(),
        regions,
        context
            .settings()
            .get("contact")
            .map(
                contact ->
                    (english ? "Questions about places? Mail " : "Vragen over plaatsen? Mail ")
                        + contact)
            .orElse(null));
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }
}
