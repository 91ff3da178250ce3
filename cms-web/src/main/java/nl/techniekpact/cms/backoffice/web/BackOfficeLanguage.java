package nl.techniekpact.cms.backoffice.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import nl.techniekpact.cms.site.SiteLanguage;

/**
 * The language of the back office for this session: Dutch until the editor switches. Switching is a
 * POST (a button in the header), never a GET, and redirects to the same page.
 */
@Named
@SessionScoped
public class BackOfficeLanguage implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale locale = SiteLanguage.DUTCH;

  /** The locale the back office renders in. */
  public Locale getLocale() {
    return locale;
  }

  /** {@code nl} or {@code en}, for the {@code lang} attribute. */
  public String getLanguage() {
    return locale.getLanguage();
  }

  /** The language a switch goes to. */
  public String getOtherLanguage() {
    return isEnglish() ? "nl" : "en";
  }

  private boolean isEnglish() {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
  }

  /** Switches between Dutch and English and shows the same page again (redirect after POST). */
  public String switchLanguage() {
    locale = isEnglish() ? SiteLanguage.DUTCH : Locale.ENGLISH;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    return faces.getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
