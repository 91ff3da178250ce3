package nl.techniekpact.cms.region.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.TextInput;
import nl.techniekpact.cms.region.editing.ContactInput;
import nl.techniekpact.cms.region.editing.RegionEditing;
import nl.techniekpact.cms.region.editing.RegionInput;

/**
 * A region before publication ({@code /beheer/regions/preview.xhtml?slug=…[&lang=en]}), in the
 * public site's template with the markup of the regional-pages plugin's page {@code /regio/{slug}}:
 * name, provinces, ambitions and contact, in Dutch or English (English falling back to Dutch, as on
 * the site). Only for editors who may edit the region.
 */
@Named
@RequestScoped
public class PreviewRegion {

  @Inject private RegionEditing regions;
  @Inject private Editors editors;

  private String slug;
  private String lang;
  private ContentDocument<RegionInput> document;

  /** Loads the region (a view action); refusals become the error page. */
  public void load() {
    document =
        regions.read(
            editors.current().orElseThrow(() -> new EditRefusedException("Not signed in")), slug);
  }

  private boolean english() {
    return "en".equals(lang);
  }

  /** A word of the page, as the plugin says it. */
  public String word(String dutch, String english) {
    return english() ? english : dutch;
  }

  public String getName() {
    return document.content().name();
  }

  /** The provinces, joined as the public page shows them. */
  public String getProvinces() {
    return String.join(", ", document.content().provinces());
  }

  /** The ambitions in the language shown (plain text; the page escapes it). */
  public String getAmbitions() {
    TextInput ambitions = document.content().ambitions();
    if (ambitions == null) {
      return "";
    }
    return english() && ambitions.en() != null && !ambitions.en().isBlank()
        ? ambitions.en()
        : ambitions.nl();
  }

  public ContactInput getContact() {
    return document.content().contact();
  }

  public ContentDocument<RegionInput> getDocument() {
    return document;
  }

  public String getLanguage() {
    return english() ? "en" : "nl";
  }

  public Locale getLocale() {
    return english() ? Locale.ENGLISH : Locale.forLanguageTag("nl");
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }
}
