package nl.techniekpact.cms.pact.web;

import jakarta.inject.Inject;
import nl.techniekpact.cms.pact.editing.EditionItemInput;
import nl.techniekpact.cms.pact.editing.PactEditing;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.publishing.web.ItemEditScreen;

/**
 * What the goal and theme screens share: items named {@code techniekpact/4}, a new one in the
 * edition the address names ({@code ?pact=techniekpact}), the pact overview as their list.
 *
 * @param <I> the editable fields
 */
public abstract class EditionItemScreen<I extends EditionItemInput> extends ItemEditScreen<I> {

  private static final long serialVersionUID = 1L;

  @Inject private PactEditing pacts;
  @Inject private Editors editors;

  /** The pact editing service. */
  protected PactEditing pacts() {
    return pacts;
  }

  /** The form, whose edition a new item takes from the address. */
  protected abstract EditionItemForm form();

  /** The view of this kind of item, such as {@code goal}. */
  protected abstract String page();

  @Override
  protected Editors editors() {
    return editors;
  }

  @Override
  protected String nameOf(I content) {
    return PactEditing.name(content.pact(), content.number());
  }

  @Override
  protected String componentOf(String field) {
    return EditionItemForm.componentOf(field);
  }

  @Override
  protected String editPage(String name) {
    return "/beheer/pacts/" + page() + ".xhtml?faces-redirect=true&name=" + name;
  }

  @Override
  protected String listPage() {
    return "/beheer/pacts/index.xhtml?faces-redirect=true";
  }

  /** The edition of a new item, from the address. */
  public String getPact() {
    return form().getPact();
  }

  /** Sets the edition of a new item. */
  public void setPact(String pact) {
    if (!isExisting()) {
      form().setPact(pact);
    }
  }
}
