package nl.techniekpact.cms.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import nl.techniekpact.cms.backoffice.web.Texts;
import nl.techniekpact.cms.security.authentication.LoginService;
import nl.techniekpact.cms.security.token.ApiToken;
import nl.techniekpact.cms.security.token.ApiTokens;
import nl.techniekpact.cms.security.twostep.TwoStepPolicy;

/**
 * The signed-in account's API tokens ({@code /beheer/account.xhtml}): create one (its secret shown
 * on this page once, stored only hashed), list them, revoke one. Through {@link ApiTokens}, always
 * for the caller's own account. Creating one asks the current password ({@link CurrentPassword}): a
 * token outlives the session, so someone using a session left open must not be able to make one
 * that ending the sessions would not stop (ADR 0049).
 */
@Named
@ViewScoped
public class OwnApiTokens implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The form's id in the page. */
  static final String FORM = "tokens";

  @Inject private ApiTokens tokens;
  @Inject private SignedInEditor signedIn;
  @Inject private TwoStepPolicy twoStepPolicy;
  @Inject private LoginService logins;

  private String name;
  private String password;
  private String issuedSecret;
  private String issuedName;
  private List<TokenRow> shown;

  /**
   * A token as the list shows it.
   *
   * @param id its id
   * @param name its name
   * @param createdAt when it was made
   * @param lastUsedAt when it was last used, or null
   */
  public record TokenRow(long id, String name, Instant createdAt, Instant lastUsedAt)
      implements Serializable {

    static TokenRow of(ApiToken token) {
      return new TokenRow(
          token.getId(), token.getName(), token.getCreatedAt(), token.getLastUsedAt());
    }
  }

  /**
   * The caller's tokens, oldest first; read once per view and again after a change, so that a
   * button's row is the row that was shown even when a token was revoked elsewhere meanwhile.
   */
  public List<TokenRow> getTokens() {
    if (shown == null) {
      shown = tokens.of(caller()).stream().map(TokenRow::of).toList();
    }
    return shown;
  }

  /** Creates a token; its secret is shown until the next action on this page. */
  public void create() {
    issuedSecret = null;
    String typed = password;
    password = null;
    if (twoStepPolicy.holds(caller(), signedIn.getRoles())) {
      // a token made with the password alone would get round the two-step sign-in the role needs
      Texts.error(FORM + ":name", "token.error.twoStepFirst");
      return;
    }
    if (!ApiToken.isValidName(name)) {
      Texts.error(FORM + ":name", "token.error.name", ApiToken.MAX_NAME_LENGTH);
      return;
    }
    if (!CurrentPassword.checked(logins, caller(), typed, FORM + ":password")) {
      return;
    }
    ApiTokens.Issued issued = tokens.issue(caller(), name);
    shown = null;
    issuedSecret = issued.secret();
    issuedName = issued.token().getName();
    name = null;
  }

  /** Revokes one of the caller's tokens. */
  public void revoke(long id) {
    issuedSecret = null;
    shown = null;
    if (tokens.revoke(caller(), id)) {
      Texts.done("token.revoked");
    } else {
      Texts.error(null, "token.error.unknown");
    }
  }

  private String caller() {
    return signedIn.callerName();
  }

  /** The secret of the token just created, or null. */
  public String getIssuedSecret() {
    return issuedSecret;
  }

  /** The name of the token just created. */
  public String getIssuedName() {
    return issuedName;
  }

  public String getName() {
    return name;
  }

  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public void setName(String name) {
    this.name = name;
  }
}
