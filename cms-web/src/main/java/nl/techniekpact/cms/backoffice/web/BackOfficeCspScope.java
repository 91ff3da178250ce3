package nl.techniekpact.cms.backoffice.web;

import jakarta.faces.FactoryFinder;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.faces.lifecycle.Lifecycle;
import jakarta.faces.lifecycle.LifecycleFactory;
import java.util.Iterator;
import org.primefaces.csp.CspPhaseListener;

/**
 * Confines PrimeFaces' CSP mode to the back office. PrimeFaces switches it on for the whole
 * application; its phase listener would then keep a script nonce in the view state of every page,
 * creating sessions for anonymous visitors of the stateless public pages and refusing postbacks of
 * forms without PrimeFaces (the login page). At start-up this replaces that listener by one that
 * runs it only for views under {@value #BACK_OFFICE}. Registered for {@code
 * PostConstructApplicationEvent} in faces-config.xml (ADR 0012).
 */
public class BackOfficeCspScope implements SystemEventListener {

  /** The servlet path prefix of back-office views. */
  static final String BACK_OFFICE = "/beheer/";

  @Override
  public boolean isListenerForSource(Object source) {
    return true;
  }

  @Override
  public void processEvent(SystemEvent event) {
    LifecycleFactory factory =
        (LifecycleFactory) FactoryFinder.getFactory(FactoryFinder.LIFECYCLE_FACTORY);
    for (Iterator<String> ids = factory.getLifecycleIds(); ids.hasNext(); ) {
      Lifecycle lifecycle = factory.getLifecycle(ids.next());
      for (PhaseListener listener : lifecycle.getPhaseListeners()) {
        if (listener instanceof CspPhaseListener) {
          lifecycle.removePhaseListener(listener);
          lifecycle.addPhaseListener(new BackOfficeOnly(listener));
        }
      }
    }
  }

  /** Runs a phase listener only for back-office views. */
  static final class BackOfficeOnly implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private final PhaseListener delegate;

    BackOfficeOnly(PhaseListener delegate) {
      this.delegate = delegate;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
      if (isBackOffice(event)) {
        delegate.beforePhase(event);
      }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
      if (isBackOffice(event)) {
        delegate.afterPhase(event);
      }
    }

    @Override
    public PhaseId getPhaseId() {
      return delegate.getPhaseId();
    }

    private static boolean isBackOffice(PhaseEvent event) {
      String path = event.getFacesContext().getExternalContext().getRequestServletPath();
      return path != null && path.startsWith(BACK_OFFICE);
    }
  }
}
