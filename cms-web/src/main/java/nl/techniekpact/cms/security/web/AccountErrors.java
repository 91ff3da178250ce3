package nl.techniekpact.cms.security.web;

import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.security.account.InvalidAccountException;

/** Shows an account refusal beside its field, in the editor's language. */
final class AccountErrors {

  private AccountErrors() {}

  /** Shows the refusal beside the field of form {@code form} it is about, or for the page. */
  static void show(String form, InvalidAccountException e) {
    String field = e.problem().field();
    Texts.error(field == null ? null : form + ":" + field, "account.error." + e.problem().name());
  }
}
