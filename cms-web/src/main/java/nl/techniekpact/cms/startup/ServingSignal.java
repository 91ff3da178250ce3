package nl.techniekpact.cms.startup;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;

/**
 * Opens {@link Serving}: declared in web.xml without a mapping and with the highest {@code
 * load-on-startup}, so the container initializes it after every listener and after the Faces
 * servlet, the last step before the web module serves.
 */
public class ServingSignal extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private transient Serving serving;

  @Override
  public void init() {
    serving.open();
  }
}
