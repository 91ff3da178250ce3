package nl.techniekpact.cms.security.authentication;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Answers the server's authentication of a request that carries nothing to sign in with the way
 * {@link CmsAuthenticationMechanism} would answer it — anonymous, nothing done — without asking
 * Jakarta Security (ADR 0031).
 *
 * <p>The server asks Jakarta Security (Soteria) twice per request, to validate the request and to
 * secure the response, and Soteria looks the mechanism's bean up through a new JNDI {@code
 * InitialContext} both times, also for an anonymous visitor of a public page or of the public API.
 * On start this listener wraps the authentication provider Soteria registered for this web
 * application: for a request the mechanism would leave anonymous ({@link
 * CmsAuthenticationMechanism#leavesAnonymous}) it tells the server "no caller" through the same
 * callback Soteria uses and returns; every other request (credentials, a session, a protected
 * address, a programmatic sign-in) goes to Soteria unchanged. If no provider is registered, nothing
 * is wrapped and Soteria answers everything as before.
 */
@WebListener
public class AnonymousShortcut implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(AnonymousShortcut.class.getName());

  /** The message layer of servlet requests (Jakarta Authentication's Servlet Container Profile). */
  static final String LAYER = "HttpServlet";

  /** The {@link MessageInfo} map key the server sets to {@code "true"} for a protected resource. */
  static final String IS_MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    String appContext = context.getVirtualServerName() + " " + context.getContextPath();
    try {
      AuthConfigFactory factory = AuthConfigFactory.getFactory();
      AuthConfigProvider registered = factory.getConfigProvider(LAYER, appContext, null);
      if (registered == null) {
        LOG.warning("No authentication provider registered; anonymous requests are not shortcut");
        return;
      }
      factory.registerConfigProvider(
          new Provider(registered),
          LAYER,
          appContext,
          "Techniekpact CMS: anonymous requests answered without a bean lookup (ADR 0031)");
      LOG.info("Anonymous requests are answered without asking Jakarta Security");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Anonymous requests are not shortcut", e);
    }
  }

  /**
   * Whether the server's authentication of a message may be answered without the mechanism.
   *
   * @param message the request and response as the server hands them over
   * @return whether it is a servlet request the mechanism would leave anonymous
   */
  static boolean applies(MessageInfo message) {
    Map<?, ?> map = message.getMap();
    boolean mandatory = map != null && Boolean.parseBoolean(String.valueOf(map.get(IS_MANDATORY)));
    return message.getRequestMessage() instanceof HttpServletRequest request
        && CmsAuthenticationMechanism.leavesAnonymous(request, mandatory);
  }

  /** Soteria's provider, whose server configuration hands out {@link Context}s. */
  record Provider(AuthConfigProvider delegate) implements AuthConfigProvider {

    @Override
    public ServerAuthConfig getServerAuthConfig(
        String layer, String appContext, CallbackHandler handler) throws AuthException {
      ServerAuthConfig config = delegate.getServerAuthConfig(layer, appContext, handler);
      return handler == null ? config : new Config(config, handler);
    }

    @Override
    public ClientAuthConfig getClientAuthConfig(
        String layer, String appContext, CallbackHandler handler) throws AuthException {
      return delegate.getClientAuthConfig(layer, appContext, handler);
    }

    @Override
    public void refresh() {
      delegate.refresh();
    }
  }

  /** Soteria's server configuration, whose contexts are wrapped. */
  record Config(ServerAuthConfig delegate, CallbackHandler handler) implements ServerAuthConfig {

    @Override
    public ServerAuthContext getAuthContext(
        String authContextId, Subject serviceSubject, Map<String, Object> properties)
        throws AuthException {
      ServerAuthContext context =
          delegate.getAuthContext(authContextId, serviceSubject, properties);
      return context == null ? null : new Context(context, handler);
    }

    @Override
    public String getMessageLayer() {
      return delegate.getMessageLayer();
    }

    @Override
    public String getAppContext() {
      return delegate.getAppContext();
    }

    @Override
    public String getAuthContextID(MessageInfo messageInfo) {
      return delegate.getAuthContextID(messageInfo);
    }

    @Override
    public void refresh() {
      delegate.refresh();
    }

    @Override
    public boolean isProtected() {
      return delegate.isProtected();
    }
  }

  /**
   * Answers anonymous requests as Soteria does when the mechanism does nothing (the caller
   * principal callback without a principal, then {@code SUCCESS}; the response {@code
   * SEND_SUCCESS}), and hands every other request to Soteria.
   */
  record Context(ServerAuthContext delegate, CallbackHandler handler) implements ServerAuthContext {

    /** Marks a request answered here, so its response is secured here too. */
    static final String ANSWERED = AnonymousShortcut.class.getName() + ".answered";

    @Override
    public AuthStatus validateRequest(
        MessageInfo message, Subject clientSubject, Subject serviceSubject) throws AuthException {
      if (!applies(message)) {
        return delegate.validateRequest(message, clientSubject, serviceSubject);
      }
      try {
        handler.handle(
            new Callback[] {new CallerPrincipalCallback(clientSubject, (Principal) null)});
      } catch (IOException | UnsupportedCallbackException e) {
        throw (AuthException) new AuthException("Anonymous caller not accepted").initCause(e);
      }
      ((HttpServletRequest) message.getRequestMessage()).setAttribute(ANSWERED, Boolean.TRUE);
      return AuthStatus.SUCCESS;
    }

    @Override
    public AuthStatus secureResponse(MessageInfo message, Subject serviceSubject)
        throws AuthException {
      if (message.getRequestMessage() instanceof HttpServletRequest request
          && request.getAttribute(ANSWERED) != null) {
        return AuthStatus.SEND_SUCCESS;
      }
      return delegate.secureResponse(message, serviceSubject);
    }

    @Override
    public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
      delegate.cleanSubject(message, subject);
    }
  }
}
