package nl.techniekpact.cms.security.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.junit.jupiter.api.Test;

/**
 * The shortcut past Jakarta Security: only a GET or HEAD of an unprotected address without
 * credentials or a session is answered as anonymous (with the callback Soteria makes for a
 * mechanism that does nothing); everything the mechanism could sign in with, redirect or refuse
 * goes to it.
 */
class AnonymousShortcutTest {

  private final Map<String, String> headers = new HashMap<>();
  private final Map<String, Object> attributes = new HashMap<>();
  private final Map<String, Object> policy = new HashMap<>();
  private final List<Callback> handled = new ArrayList<>();
  private final List<String> delegated = new ArrayList<>();
  private String method = "GET";
  private String sessionId;

  private final CallbackHandler handler = callbacks -> handled.addAll(List.of(callbacks));
  private final AnonymousShortcut.Context context =
      new AnonymousShortcut.Context(delegate(), handler);

  @Test
  void anAnonymousGetOfAnUnprotectedAddressIsAnsweredWithoutTheMechanism() throws Exception {
    Subject caller = new Subject();

    assertThat(context.validateRequest(message(), caller, null)).isEqualTo(AuthStatus.SUCCESS);
    assertThat(context.secureResponse(message(), null)).isEqualTo(AuthStatus.SEND_SUCCESS);

    assertThat(delegated).isEmpty();
    assertThat(handled).singleElement().isInstanceOf(CallerPrincipalCallback.class);
    CallerPrincipalCallback callback = (CallerPrincipalCallback) handled.get(0);
    assertThat(callback.getSubject()).isSameAs(caller);
    assertThat(callback.getPrincipal()).isNull();
    assertThat(callback.getName()).isNull();
  }

  @Test
  void aHeadIsAnsweredTooAndAPostGoesToTheMechanism() throws Exception {
    method = "HEAD";
    assertThat(context.validateRequest(message(), new Subject(), null))
        .isEqualTo(AuthStatus.SUCCESS);
    assertThat(delegated).isEmpty();

    method = "POST";
    attributes.clear();
    assertThat(context.validateRequest(message(), new Subject(), null))
        .isEqualTo(AuthStatus.SEND_CONTINUE);
    assertThat(context.secureResponse(message(), null)).isEqualTo(AuthStatus.SEND_FAILURE);
    assertThat(delegated).containsExactly("validateRequest", "secureResponse");
  }

  @Test
  void credentialsASessionOrAProtectedAddressGoToTheMechanism() throws Exception {
    headers.put("Authorization", "Bearer tpk_x");
    assertThat(context.validateRequest(message(), new Subject(), null))
        .isEqualTo(AuthStatus.SEND_CONTINUE);

    headers.clear();
    sessionId = "an-editors-session";
    assertThat(context.validateRequest(message(), new Subject(), null))
        .isEqualTo(AuthStatus.SEND_CONTINUE);

    sessionId = null;
    policy.put(AnonymousShortcut.IS_MANDATORY, "true");
    assertThat(context.validateRequest(message(), new Subject(), null))
        .isEqualTo(AuthStatus.SEND_CONTINUE);
    assertThat(context.secureResponse(message(), null)).isEqualTo(AuthStatus.SEND_FAILURE);

    assertThat(delegated)
        .containsExactly("validateRequest", "validateRequest", "validateRequest", "secureResponse");
    assertThat(handled).isEmpty();
  }

  @Test
  void anUnprotectedMarkIsNotMandatory() {
    policy.put(AnonymousShortcut.IS_MANDATORY, "false");
    assertThat(AnonymousShortcut.applies(message())).isTrue();
    policy.put(AnonymousShortcut.IS_MANDATORY, "TRUE");
    assertThat(AnonymousShortcut.applies(message())).isFalse();
  }

  /** Soteria's context: answers what no anonymous shortcut would. */
  private ServerAuthContext delegate() {
    return (ServerAuthContext)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ServerAuthContext.class},
            (proxy, m, args) -> {
              delegated.add(m.getName());
              return switch (m.getName()) {
                case "validateRequest" -> AuthStatus.SEND_CONTINUE;
                case "secureResponse" -> AuthStatus.SEND_FAILURE;
                default -> null;
              };
            });
  }

  private MessageInfo message() {
    HttpServletRequest request =
        (HttpServletRequest)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) ->
                    switch (m.getName()) {
                      case "getMethod" -> method;
                      case "getHeader" -> headers.get((String) args[0]);
                      case "getRequestedSessionId" -> sessionId;
                      case "getAttribute" -> attributes.get((String) args[0]);
                      case "setAttribute" -> attributes.put((String) args[0], args[1]);
                      default -> throw new UnsupportedOperationException(m.getName());
                    });
    return new MessageInfo() {
      @Override
      public Object getRequestMessage() {
        return request;
      }

      @Override
      public Object getResponseMessage() {
        return null;
      }

      @Override
      public void setRequestMessage(Object message) {}

      @Override
      public void setResponseMessage(Object message) {}

      @Override
      @SuppressWarnings({"rawtypes", "unchecked"})
      public Map getMap() {
        return policy;
      }
    };
  }
}
