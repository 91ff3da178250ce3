package nl.techniekpact.cms.publishing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.techniekpact.cms.publishing.audit.AuditEntry;

/**
 * The words for what the revisions and the audit log record: an operation's code ({@code publish},
 * {@code restore-revision}, {@code SET_SETTING}) as "gepubliceerd", "versie teruggezet", and the
 * scheduler's {@code system} as "planning". A code without words is shown as it is.
 *
 * <pre>{@code
 * #{operations.name(revision.operation)}  #{operations.author(revision.author)}
 * }</pre>
 */
@Named("operations")
@ApplicationScoped
public class OperationNames {

  /** The words for an operation's code in the screen's language. */
  public String name(String code) {
    return code == null ? "" : text("operation." + code.toLowerCase(Locale.ROOT), code);
  }

  /** Who did it: an account's name, or the words for the system. */
  public String author(String username) {
    return AuditEntry.SYSTEM.equals(username)
        ? text("operation.author.system", username)
        : username;
  }

  private static String text(String key, String otherwise) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return otherwise;
    }
  }
}
