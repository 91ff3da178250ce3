package nl.techniekpact.cms.backoffice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.techniekpact.cms.security.CallerRoles;

/** The back-office navigation of the signed-in account: only the screens its roles may use. */
@Named
@RequestScoped
public class BackOfficeNavigation {

  @Inject private CallerRoles roles;
  @Inject private FacesContext faces;

  /** The screens the caller may use, in navigation order. */
  public List<BackOfficeScreen> getScreens() {
    Set<String> held = roles.held();
    return Arrays.stream(BackOfficeScreen.values()).filter(s -> s.isFor(held)).toList();
  }

  /** Whether a screen is the page being shown (for {@code aria-current}). */
  public boolean isCurrent(BackOfficeScreen screen) {
    return faces.getViewRoot() != null && screen.getPath().equals(faces.getViewRoot().getViewId());
  }
}
