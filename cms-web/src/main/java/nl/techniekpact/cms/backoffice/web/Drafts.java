package nl.techniekpact.cms.backoffice.web;

import jakarta.faces.context.FacesContext;

/**
 * Names the unsaved changes of an edit form that the editor's browser tab keeps (ADR 0044;
 * resources/js/drafts.js with WEB-INF/includes/draft.xhtml), and tells the page after a successful
 * save which of them the save made obsolete. The changes themselves never reach the server until
 * the editor saves them.
 */
public final class Drafts {

  /** The flash entry, read by {@code draft.xhtml}, of a draft a save made obsolete. */
  static final String SAVED = "draftSaved";

  /** The flash entry of a draft carried over to the item's new version. */
  static final String KEPT = "draftKept";

  private Drafts() {}

  /**
   * The draft key of a form: the editor signed in, the form, and the item's slug ({@code new} for
   * an item not yet saved), such as {@code redacteur/case/zonnepanelen}.
   */
  public static String key(String form, String slug) {
    String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return user + "/" + form + "/" + (slug == null || slug.isBlank() ? "new" : slug);
  }

  /**
   * After a successful change of the item whose form has this key: the next page drops the draft,
   * or, when the change left the fields as they were ({@code keepsFields}: published, scheduled),
   * carries it over to the new version, so that changes not saved before are still offered back.
   */
  public static void done(String key, boolean keepsFields) {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .put(keepsFields ? KEPT : SAVED, key);
  }
}
