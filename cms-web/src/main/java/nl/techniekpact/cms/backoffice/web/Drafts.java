package nl.techniekpact.cms.backoffice.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;

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

  /** The flash entry of the version a draft is carried over from. */
  static final String KEPT_FROM = "draftKeptFrom";

  private Drafts() {}

  /**
   * The draft key of a form: the editor signed in, the form, and the item's slug ({@code new} for
   * an item not yet saved), such as {@code redacteur/case/zonnepanelen}.
   */
  public static String key(String form, String slug) {
    String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return user + "/" + form + "/" + (slug == null || slug.isBlank() ? "new" : slug);
  }

  /** After a successful save of the item whose form has this key: the next page drops the draft. */
  public static void saved(String key) {
    flash().put(SAVED, key);
  }

  /**
   * After a successful change of the item whose form has this key: the next page drops the draft
   * ({@link #saved}), or, when the change left the form's fields as they were ({@code keepsFields}:
   * published, unpublished, scheduled), carries it over to the item's new version, so that changes
   * not saved before are still offered back. Only a draft of the version changed is carried over;
   * one typed on an older version stays older.
   *
   * @param from the version the change was made on
   */
  public static void done(String key, long from, boolean keepsFields) {
    if (keepsFields) {
      flash().put(KEPT, key);
      flash().put(KEPT_FROM, Long.toString(from));
    } else {
      saved(key);
    }
  }

  /**
   * The editor dropped the form's changes (took another editor's version): this page drops them.
   */
  public static void droppedNow(String key) {
    flash().putNow(SAVED, key);
  }

  private static Flash flash() {
    return FacesContext.getCurrentInstance().getExternalContext().getFlash();
  }
}
