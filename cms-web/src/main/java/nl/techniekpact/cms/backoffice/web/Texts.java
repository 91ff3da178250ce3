package nl.techniekpact.cms.backoffice.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages for back-office screens in the editor's language, from the {@code messages} bundle:
 * beside a field (its client id) or for the whole page (null), kept across a redirect when asked.
 */
public final class Texts {

  private Texts() {}

  /** A text of the bundle in the view's language, with its arguments filled in. */
  public static String text(String key, Object... arguments) {
    String pattern = textOr(key, key);
    return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
  }

  /** A text of the bundle in the view's language, or {@code otherwise} when it has none. */
  public static String textOr(String key, String otherwise) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return otherwise;
    }
  }

  /** Shows an error beside a field ({@code clientId}) or for the page (null). */
  public static void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
  }

  /** Shows a confirmation for the page, also after a redirect. */
  public static void done(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
