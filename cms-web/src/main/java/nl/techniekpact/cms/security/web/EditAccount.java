package nl.techniekpact.cms.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.TransactionalException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.Account;
import nl.techniekpact.cms.security.account.AccountAdministration;
import nl.techniekpact.cms.security.account.AccountRegistration;
import nl.techniekpact.cms.security.account.InvalidAccountException;

/**
 * Creates or edits one account ({@code /beheer/accounts/edit.xhtml[?username=…]}): name, roles,
 * regions; disable, enable, reset the password, turn off two-step sign-in, sign out everywhere,
 * revoke its API tokens. Every rule and the role check are in {@link AccountAdministration}; this
 * bean shows its refusals beside the fields.
 */
@Named
@ViewScoped
public class EditAccount implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id in the page. */
  static final String FORM = "account";

  @Inject private AccountAdministration administration;
  @Inject private SignedInEditor signedIn;

  private String username;
  private boolean existing;
  private long version;
  private boolean enabled;
  private String displayName;
  private String password;
  private List<String> roles = new ArrayList<>();
  private List<String> regions = new ArrayList<>();
  private String newPassword;
  private Instant twoStepSince;
  private Instant lastSignedInAt;
  private List<OwnApiTokens.TokenRow> tokens;

  /** Loads the account named in the address, if any (a view action of the GET). */
  public String load() {
    if (username == null || username.isBlank()) {
      return null;
    }
    try {
      show(administration.get(username));
      return null;
    } catch (InvalidAccountException e) {
      Texts.done("account.error.NOT_FOUND");
      return "/beheer/accounts/index.xhtml?faces-redirect=true";
    }
  }

  private void show(Account account) {
    existing = true;
    username = account.getUsername();
    version = account.getVersion();
    enabled = account.isEnabled();
    displayName = account.getDisplayName();
    roles = new ArrayList<>(account.getRoles());
    regions = new ArrayList<>(account.getRegions());
    twoStepSince = account.getTwoStepSince();
    lastSignedInAt = account.getLastSignedInAt();
  }

  /** Stores the form: creates the account or updates it. */
  public String save() {
    newPassword = null;
    try {
      if (existing) {
        administration.update(
            username, version, displayName, new HashSet<>(roles), new HashSet<>(regions));
        Texts.done("account.saved", username);
      } else {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
          administration.create(
              username, displayName, secret, new HashSet<>(roles), new HashSet<>(regions));
        } finally {
          AccountRegistration.wipe(secret);
          password = null;
        }
        Texts.done("account.created", username);
      }
      return "/beheer/accounts/index.xhtml?faces-redirect=true";
    } catch (InvalidAccountException e) {
      AccountErrors.show(FORM, e);
      return null;
    }
  }

  /** Stops the account from signing in. */
  public void disable() {
    changeState(false);
  }

  /** Lets the account sign in again. */
  public void enable() {
    changeState(true);
  }

  private void changeState(boolean enable) {
    newPassword = null;
    try {
      if (enable) {
        administration.enable(username);
      } else {
        administration.disable(username);
      }
      show(administration.get(username));
      Texts.done(enable ? "account.enabled" : "account.disabled", username);
    } catch (InvalidAccountException e) {
      AccountErrors.show(FORM, e);
    }
  }

  /**
   * Gives the account a generated password, shown once on this page; the account's sessions end
   * (ADR 0049). Not for the caller's own account.
   */
  public void resetPassword() {
    try {
      newPassword = administration.resetPassword(username);
      show(administration.get(username));
    } catch (InvalidAccountException e) {
      AccountErrors.show(FORM, e);
    }
  }

  /** Ends every session of the account at its next request (ADR 0049); not the caller's own. */
  public void endSessions() {
    newPassword = null;
    try {
      administration.endSessions(username);
      show(administration.get(username));
      Texts.done("account.sessionsEnded", username);
    } catch (InvalidAccountException e) {
      AccountErrors.show(FORM, e);
    } catch (TransactionalException e) {
      // the account changed at the same moment (such as its owner's sign-in with a code); the
      // "your account" of sessions.error.busy would be the administrator's here
      Texts.error(null, "account.error.CHANGED_BY_OTHER");
    }
  }

  /** Turns the account's two-step sign-in off (ADR 0048). */
  public void turnOffTwoStep() {
    newPassword = null;
    try {
      administration.turnOffTwoStep(username);
      show(administration.get(username));
      Texts.done("account.twoStep.turnedOff", username);
    } catch (InvalidAccountException e) {
      AccountErrors.show(FORM, e);
    }
  }

  /** The account's API tokens, oldest first; read once per view and again after a revocation. */
  public List<OwnApiTokens.TokenRow> getTokens() {
    if (tokens == null) {
      tokens =
          existing
              ? administration.tokens(username).stream().map(OwnApiTokens.TokenRow::of).toList()
              : List.of();
    }
    return tokens;
  }

  /** Revokes one of the account's API tokens: programs using it are refused from now on. */
  public void revoke(long id) {
    newPassword = null;
    tokens = null;
    if (administration.revokeToken(username, id)) {
      Texts.done("account.tokenRevoked", username);
    } else {
      Texts.error(null, "token.error.unknown");
    }
  }

  /**
   * Whether this is the caller's own account (whose two-step sign-in is turned off on its page).
   */
  public boolean isOwn() {
    return existing && Account.normalizeUsername(username).equals(signedIn.callerName());
  }

  /** When the account's two-step sign-in was turned on, or null when it is off. */
  /** When the account last signed in to the back office, or null. */
  public Instant getLastSignedInAt() {
    return lastSignedInAt;
  }

  public Instant getTwoStepSince() {
    return twoStepSince;
  }

  /** The regions a regional editor can be given. */
  public List<AccountAdministration.RegionChoice> getRegionChoices() {
    return administration.regions();
  }

  /** The roles, in a fixed order. */
  public List<String> getRoleChoices() {
    return List.of(
        Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR, Roles.ADMINISTRATOR, Roles.PLUGIN_ADMIN);
  }

  /** The generated password, once, right after a reset; null otherwise. */
  public String getNewPassword() {
    return newPassword;
  }

  public boolean isExisting() {
    return existing;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    if (!existing) {
      this.username = username;
    }
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public List<String> getRegions() {
    return regions;
  }

  public void setRegions(List<String> regions) {
    this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
  }
}
