package nl.techniekpact.plugins.regions;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.plugin.api.Html;

/** Landsdelen as the Facelets read them, and the plugin's words in Dutch and English. */
final class Regions {

  private Regions() {}

  static String pick(Locale locale, String dutch, String english) {
    return "en".equals(locale.getLanguage()) ? english : dutch;
  }

  static RegionView.Item item(Region region, Locale locale) {
    return new RegionView.Item(
        region.getSlug().toString(),
        Html.href("/regio/" + region.getSlug(), locale),
        region.getName(),
        String.join(", ", region.getProvinces().stream().map(Province::getDisplayName).toList()),
        region.getAmbitions() == null ? "" : region.getAmbitions().in(locale));
  }

  static Map<String, String> texts(Locale locale) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("title", pick(locale, "Landsdelen", "Regions"));
    t.put("home-href", Html.href("/", locale));
    t.put("index-href", Html.href("/regio", locale));
    t.put("breadcrumb", pick(locale, "Kruimelpad", "Breadcrumb"));
    t.put("provinces", pick(locale, "Provincies", "Provinces"));
    t.put("ambitions", pick(locale, "Ambities", "Ambitions"));
    t.put("partners", pick(locale, "Partners in dit landsdeel", "Partners in this region"));
    t.put("no-partners", pick(locale, "Nog geen partners bekend.", "No partners known yet."));
    t.put("contact", pick(locale, "Contact", "Contact"));
    t.put("email", pick(locale, "E-mail", "Email"));
    t.put("phone", pick(locale, "Telefoon", "Phone"));
    t.put(
        "unavailable",
        pick(
            locale,
            "Dit onderdeel is tijdelijk niet beschikbaar.",
            "This part is temporarily unavailable."));
    t.put("all", pick(locale, "Alle landsdelen", "All regions"));
    return t;
  }
}
