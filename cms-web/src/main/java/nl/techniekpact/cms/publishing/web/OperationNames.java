package nl.techniekpact.cms.publishing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.publishing.audit.AuditEntry;

/**
 * The words for what the revisions and the audit log record: an operation's code ({@code publish},
 * {@code restore-revision}, {@code SET_SETTING}) as "gepubliceerd", "versie teruggezet", and the
 * CMS's own actor {@code system} (the scheduler, the first start) as "systeem (het CMS zelf)". A
 * code without words is shown as it is.
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
    return code == null ? "" : Texts.textOr("operation." + code.toLowerCase(Locale.ROOT), code);
  }

  /** Who did it: an account's name, or the words for the system. */
  public String author(String username) {
    return AuditEntry.SYSTEM.equals(username)
        ? Texts.textOr("operation.author.system", username)
        : username;
  }
}
