package nl.techniekpact.cms.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Makes every JSF view without a form stateless ({@code transient}), so anonymous visitors of the
 * public pages never get an HTTP session and crawlers do not create them. Views with a form (the
 * back office) keep their state for postbacks. Registered for {@code PreRenderViewEvent} in
 * faces-config.xml.
 */
public class StatelessViews implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) throws AbortProcessingException {
    UIViewRoot view = (UIViewRoot) event.getSource();
    if (!containsForm(view)) {
      view.setTransient(true);
    }
  }

  static boolean containsForm(UIComponent component) {
    if (component instanceof UIForm) {
      return true;
    }
    for (UIComponent child : component.getChildren()) {
      if (containsForm(child)) {
        return true;
      }
    }
    for (UIComponent facet : component.getFacets().values()) {
      if (containsForm(facet)) {
        return true;
      }
    }
    return false;
  }
}
