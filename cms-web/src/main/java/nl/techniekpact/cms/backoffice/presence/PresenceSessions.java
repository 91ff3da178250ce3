package nl.techniekpact.cms.backoffice.presence;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** When a session ends (sign-out, timeout), its editor has no edit form open any more. */
@WebListener
public class PresenceSessions implements HttpSessionListener {

  @Inject private EditingPresence presence;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    if (event.getSession().getAttribute(EditingPresence.SESSION_TOKEN) instanceof String token) {
      presence.sessionEnded(token);
    }
  }
}
