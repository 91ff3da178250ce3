package nl.techniekpact.cms.pact.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.pact.editing.PactEditing;
import nl.techniekpact.cms.publishing.ContentNotFoundException;
import nl.techniekpact.cms.publishing.EditConflictException;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.InvalidContentException;
import nl.techniekpact.cms.publishing.ItemEditing;

/**
 * The pact editions with their goals and themes ({@code /beheer/pacts/}), each linking to its form,
 * and what is deleted of them, each with a restore button; {@link PactEditing} refuses anyone but
 * administrators and national editors.
 */
@Named
@RequestScoped
public class PactOverview {

  @Inject private PactEditing pacts;
  @Inject private Editors editors;

  private List<PactEditing.Edition> editions;
  private PactEditing.Deleted deleted;

  /** Every edition, oldest signing first, with its goals and themes. */
  public List<PactEditing.Edition> getEditions() {
    if (editions == null) {
      editions =
          pacts.overview(
              editors.current().orElseThrow(() -> new EditRefusedException("Not signed in")));
    }
    return editions;
  }

  /** What is deleted: editions, goals and themes, each restorable from the overview. */
  public PactEditing.Deleted getDeleted() {
    if (deleted == null) {
      deleted = pacts.deleted(editor());
    }
    return deleted;
  }

  /**
   * Restores a deleted edition, goal or theme (a button in the list of deleted ones).
   *
   * @param kind {@code pact}, {@code goal} or {@code theme}
   * @param name the slug of an edition, or {@code pact/number} of a goal or theme
   * @param version the version the list showed
   */
  public String restore(String kind, String name, long version) {
    ItemEditing<?, ?, ?> items =
        switch (kind) {
          case "goal" -> pacts.goals();
          case "theme" -> pacts.themes();
          default -> pacts.editions();
        };
    try {
      items.restore(editor(), name, version);
      Texts.done("item.restored", name);
    } catch (EditConflictException
        | InvalidContentException
        | EditRefusedException
        | ContentNotFoundException refused) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Texts.error(null, "item.restoreRefused", name, refused.getMessage());
    }
    // a new request shows the lists as they are now (and the message, kept in the flash)
    return "/beheer/pacts/index.xhtml?faces-redirect=true";
  }

  private Editor editor() {
    return editors.current().orElseThrow(() -> new EditRefusedException("Not signed in"));
  }
}
