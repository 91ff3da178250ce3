package nl.techniekpact.cms.security.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.util.List;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.security.authentication.LoginOutcome;
import nl.techniekpact.cms.security.authentication.LoginService;
import nl.techniekpact.cms.security.authentication.OwnSessions;
import nl.techniekpact.cms.security.twostep.QrCodeSvg;
import nl.techniekpact.cms.security.twostep.TwoStepPolicy;
import nl.techniekpact.cms.security.twostep.TwoStepSignIn;

/**
 * The signed-in editor's own two-step sign-in ({@code /beheer/account.xhtml}, ADR 0048): set it up
 * (a QR code and the secret to type, confirmed by a first code), see since when it is on and how
 * many recovery codes are left, make new recovery codes and turn it off. The last two need a code
 * of the app (or a recovery code), checked by {@link LoginService} like a login, so that a session
 * left open cannot turn it off or be used to guess codes. New recovery codes are shown on this page
 * once.
 */
@Named
@ViewScoped
public class OwnTwoStep implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id in the page. */
  static final String FORM = "twoStep";

  private static final String STATE = OwnTwoStep.class.getName() + ".state";

  @Inject private TwoStepSignIn twoStep;
  @Inject private LoginService logins;
  @Inject private SignedInEditor signedIn;
  @Inject private TwoStepPolicy policy;
  @Inject private OwnSessions sessions;

  private String pendingSecret;
  private String pendingAddress;
  private String code;
  private String password;
  private List<String> recoveryCodes = List.of();

  /** Whether two-step sign-in is on for the caller; read once per request. */
  public TwoStepSignIn.State getState() {
    return (TwoStepSignIn.State)
        FacesContext.getCurrentInstance()
            .getAttributes()
            .computeIfAbsent(STATE, key -> twoStep.state(caller()));
  }

  private static void stateChanged() {
    FacesContext.getCurrentInstance().getAttributes().remove(STATE);
  }

  /** Shows a new secret to put in the app. */
  public void setUp() {
    TwoStepSignIn.Setup setup = twoStep.setUp(caller());
    pendingSecret = setup.secret();
    pendingAddress = setup.appAddress();
    recoveryCodes = List.of();
    code = null;
  }

  /** Stops setting up; nothing was stored. */
  public void cancel() {
    pendingSecret = null;
    pendingAddress = null;
    code = null;
  }

  /**
   * Turns two-step sign-in on once the code shows that the app has the secret, and the password
   * that the editor is who the session says (a session left open must not get someone else's phone
   * enrolled).
   */
  public void confirm() {
    if (pendingSecret == null) {
      return;
    }
    TwoStepSignIn.TurnedOn on = null;
    try {
      if (!CurrentPassword.checked(logins, caller(), password, FORM + ":password")) {
        return;
      }
      on = twoStep.turnOn(caller(), pendingSecret, code);
      recoveryCodes = on.recoveryCodes();
      pendingSecret = null;
      pendingAddress = null;
      Texts.done("twoStep.turnedOn");
    } catch (TwoStepSignIn.WrongCodeException e) {
      Texts.error(FORM + ":firstCode", "twoStep.error.setupCode");
    } catch (IllegalStateException | TransactionalException e) {
      // on already, or a second click of the button that lost to the first
      Texts.error(null, "twoStep.error.alreadyOn");
      pendingSecret = null;
      pendingAddress = null;
    } finally {
      code = null;
      password = null;
      stateChanged();
    }
    if (on != null) {
      // the sessions signed in with the password alone end; this one stays (ADR 0049)
      sessions.keepThis(request(), on.sessionGeneration());
    }
  }

  /** Replaces the recovery codes, after a code. */
  public void renewRecoveryCodes() {
    if (codeChecked()) {
      recoveryCodes = twoStep.newRecoveryCodes(caller());
      stateChanged();
      Texts.done("twoStep.recoveryRenewed");
    }
  }

  /** Turns two-step sign-in off, after a code; not when the caller's role requires it. */
  public void turnOff() {
    if (isRequired()) {
      code = null;
      Texts.error(null, "twoStep.error.required");
      return;
    }
    if (codeChecked()) {
      twoStep.turnOff(caller());
      stateChanged();
      recoveryCodes = List.of();
      Texts.done("twoStep.turnedOff");
    }
  }

  private boolean codeChecked() {
    try {
      LoginOutcome checked = logins.attemptCode(caller(), code, CurrentPassword.clientAddress());
      if (checked instanceof LoginOutcome.Success) {
        return true;
      }
      if (checked instanceof LoginOutcome.Locked locked) {
        Texts.error(FORM + ":code", "login.locked", locked.minutes());
      } else if (checked instanceof LoginOutcome.MissingInput) {
        Texts.error(FORM + ":code", "login.code.missing");
      } else {
        Texts.error(FORM + ":code", "login.code.failed");
      }
      return false;
    } finally {
      code = null;
    }
  }

  private String caller() {
    return signedIn.callerName();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** Whether the caller's role requires two-step sign-in ({@link TwoStepPolicy}). */
  public boolean isRequired() {
    return policy.requiredFor(signedIn.getRoles());
  }

  /** Whether a secret is being set up. */
  public boolean isSettingUp() {
    return pendingSecret != null;
  }

  /** The QR code of the secret being set up, as SVG. */
  public String getQrCode() {
    return pendingAddress == null
        ? ""
        : QrCodeSvg.of(pendingAddress, Texts.text("twoStep.qrLabel", TwoStepSignIn.ISSUER));
  }

  /** The secret being set up, in groups of four characters for typing. */
  public String getSecretGroups() {
    return pendingSecret == null ? "" : String.join(" ", pendingSecret.split("(?<=\\G.{4})"));
  }

  /** The recovery codes just made, shown this once. */
  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
