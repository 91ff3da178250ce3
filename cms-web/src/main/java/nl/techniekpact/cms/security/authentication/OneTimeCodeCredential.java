package nl.techniekpact.cms.security.authentication;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a two-step sign-in (ADR 0048): the code typed after the password, a code of
 * the editor's authenticator app or one of their recovery codes. Whose code it is, the session
 * says: the password step before it recorded the username there.
 *
 * @param code the code as typed
 */
public record OneTimeCodeCredential(String code) implements Credential {

  @Override
  public String toString() {
    return "OneTimeCodeCredential[code hidden]";
  }
}
