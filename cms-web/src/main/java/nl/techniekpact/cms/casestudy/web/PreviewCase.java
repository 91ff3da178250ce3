package nl.techniekpact.cms.casestudy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import nl.techniekpact.cms.casestudy.editing.CaseStudyEditing;
import nl.techniekpact.cms.casestudy.editing.CaseStudyInput;
import nl.techniekpact.cms.publishing.ContentDocument;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.TextInput;

/**
 * A case as the public site shows it, in the site's own template, before it is published ({@code
 * /beheer/cases/preview.xhtml?slug=…[&lang=en]}). Read through {@link CaseStudyEditing}, so only an
 * editor who may edit the case sees it; the rich text is the sanitized text the service stored.
 */
@Named
@RequestScoped
public class PreviewCase {

  @Inject private CaseStudyEditing cases;
  @Inject private Editors editors;

  private String slug;
  private String lang;
  private ContentDocument<CaseStudyInput> document;

  /** Loads the case (a view action); refusals become the error page. */
  public void load() {
    document =
        cases.read(
            editors.current().orElseThrow(() -> new EditRefusedException("Not signed in")), slug);
  }

  private String text(TextInput input) {
    if (input == null) {
      return "";
    }
    return "en".equals(lang) && input.en() != null && !input.en().isBlank()
        ? input.en()
        : input.nl();
  }

  public String getTitle() {
    return text(document.content().title());
  }

  public String getSubtitle() {
    return text(document.content().subtitle());
  }

  public String getSummary() {
    return text(document.content().summary());
  }

  /** The story: HTML the editing service sanitized with its allow-list when it was saved. */
  public String getBody() {
    return text(document.content().body());
  }

  public ContentDocument<CaseStudyInput> getDocument() {
    return document;
  }

  public String getLanguage() {
    return "en".equals(lang) ? "en" : "nl";
  }

  public Locale getLocale() {
    return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
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
