package nl.techniekpact.cms.ambassador.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.techniekpact.cms.ambassador.editing.AmbassadorEditing;
import nl.techniekpact.cms.ambassador.editing.AmbassadorInput;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.ImageInput;
import nl.techniekpact.cms.publishing.TextInput;

/**
 * An ambassador before publication ({@code /beheer/ambassadors/preview.xhtml?slug=…[&lang=en]}), in
 * the public site's template with the markup of the ambassador-profiles plugin's page {@code
 * /ambassadeurs/{slug}}: role, name, photo, teaser and the profile's paragraphs (blank lines
 * separate them, as on the site). Only for editors who may edit the ambassador.
 */
@Named
@RequestScoped
public class PreviewAmbassador {

  @Inject private AmbassadorEditing ambassadors;
  @Inject private Editors editors;

  private String slug;
  private String lang;
  private ContentDocument<AmbassadorInput> document;

  /** Loads the ambassador (a view action); refusals become the error page. */
  public void load() {
    document =
        ambassadors.read(
            editors.current().orElseThrow(() -> new EditRefusedException("Not signed in")), slug);
  }

  private boolean english() {
    return "en".equals(lang);
  }

  private String text(TextInput input) {
    if (input == null) {
      return "";
    }
    return english() && input.en() != null && !input.en().isBlank() ? input.en() : input.nl();
  }

  public String getName() {
    return document.content().name();
  }

  /** The role as the site names it. */
  public String getRole() {
    boolean aanjager = "AANJAGER".equals(document.content().role());
    return english()
        ? (aanjager ? "Champion" : "Ambassador")
        : (aanjager ? "Aanjager" : "Ambassadeur");
  }

  public String getTeaser() {
    return text(document.content().teaser());
  }

  /** The profile's paragraphs: its text split at blank lines. */
  public List<String> getParagraphs() {
    List<String> paragraphs = new ArrayList<>();
    for (String part : text(document.content().profile()).split("\\n\\s*\\n")) {
      if (!part.isBlank()) {
        paragraphs.add(part.strip());
      }
    }
    return paragraphs;
  }

  public ImageInput getPhoto() {
    return document.content().photo();
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
