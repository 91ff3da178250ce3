package nl.techniekpact.cms.pact.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.techniekpact.cms.pact.editing.PactEditing;
import nl.techniekpact.cms.publishing.EditRefusedException;
import nl.techniekpact.cms.publishing.Editors;

/**
 * The pact editions with their goals and themes ({@code /beheer/pacts/}), each linking to its form;
 * {@link PactEditing} refuses anyone but administrators and national editors.
 */
@Named
@RequestScoped
public class PactOverview {

  @Inject private PactEditing pacts;
  @Inject private Editors editors;

  private List<PactEditing.Edition> editions;

  /** Every edition, oldest signing first, with its goals and themes. */
  public List<PactEditing.Edition> getEditions() {
    if (editions == null) {
      editions =
          pacts.overview(
              editors.current().orElseThrow(() -> new EditRefusedException("Not signed in")));
    }
    return editions;
  }
}
