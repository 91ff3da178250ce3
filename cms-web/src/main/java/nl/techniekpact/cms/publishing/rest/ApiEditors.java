package nl.techniekpact.cms.publishing.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import nl.techniekpact.cms.publishing.Editor;
import nl.techniekpact.cms.publishing.Editors;
import nl.techniekpact.cms.security.authentication.CmsAuthenticationMechanism;

/** The {@link Editor} of an API request, or 401 with the ways to sign in. */
public final class ApiEditors {

  private ApiEditors() {}

  /**
   * The caller as an editor.
   *
   * @throws NotAuthorizedException (401, with Basic and Bearer challenges) when nobody, or no
   *     enabled account, is signed in
   */
  public static Editor caller(Editors editors, SecurityContext security) {
    return editors
        .of(security.getUserPrincipal())
        .orElseThrow(
            () ->
                new NotAuthorizedException(
                    CmsAuthenticationMechanism.BASIC_CHALLENGE,
                    CmsAuthenticationMechanism.BEARER_CHALLENGE));
  }
}
