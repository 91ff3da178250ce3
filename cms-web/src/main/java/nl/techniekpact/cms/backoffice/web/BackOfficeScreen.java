package nl.techniekpact.cms.backoffice.web;

import java.util.Set;
import nl.techniekpact.cms.security.Roles;

/**
 * The screens of the back office, in navigation order: where each is, its label (a key of the
 * {@code messages} bundle) and the roles that may use it (empty: every signed-in account). The
 * navigation shows an account only its screens; web.xml and the screens' services enforce the same
 * roles on the server. A new screen is one constant here.
 */
public enum BackOfficeScreen {
  DASHBOARD("/beheer/index.xhtml", "backoffice.nav.dashboard", Set.of()),
  CASES(
      "/beheer/cases/index.xhtml",
      "backoffice.nav.cases",
      Set.of(Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR, Roles.ADMINISTRATOR)),
  REGIONS(
      "/beheer/regions/index.xhtml",
      "backoffice.nav.regions",
      Set.of(Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR, Roles.ADMINISTRATOR)),
  AMBASSADORS(
      "/beheer/ambassadors/index.xhtml",
      "backoffice.nav.ambassadors",
      Set.of(Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR, Roles.ADMINISTRATOR)),
  PLUGIN_CONTENT(
      "/beheer/content/index.xhtml",
      "backoffice.nav.pluginContent",
      Set.of(Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR, Roles.ADMINISTRATOR)),
  ORGANISATIONS(
      "/beheer/organisations/index.xhtml",
      "backoffice.nav.organisations",
      Set.of(Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR)),
  PACTS(
      "/beheer/pacts/index.xhtml",
      "backoffice.nav.pacts",
      Set.of(Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR)),
  MEDIA(
      "/beheer/media/index.xhtml",
      "backoffice.nav.media",
      Set.of(Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR, Roles.REGIONAL_EDITOR)),
  AUDIT(
      "/beheer/audit.xhtml",
      "backoffice.nav.audit",
      Set.of(Roles.ADMINISTRATOR, Roles.NATIONAL_EDITOR)),
  ACCOUNTS("/beheer/accounts/index.xhtml", "backoffice.nav.accounts", Set.of(Roles.ADMINISTRATOR)),
  PLUGINS("/beheer/plugins/index.xhtml", "backoffice.nav.plugins", Set.of(Roles.PLUGIN_ADMIN)),
  OWN_ACCOUNT("/beheer/account.xhtml", "backoffice.nav.ownAccount", Set.of());

  private final String path;
  private final String labelKey;
  private final Set<String> roles;

  BackOfficeScreen(String path, String labelKey, Set<String> roles) {
    this.path = path;
    this.labelKey = labelKey;
    this.roles = roles;
  }

  /** The view path below the context root, for example {@code /beheer/index.xhtml}. */
  public String getPath() {
    return path;
  }

  /** The message key of its label. */
  public String getLabelKey() {
    return labelKey;
  }

  /** An id for the navigation link: {@code nav-accounts}. */
  public String getLinkId() {
    return "nav-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Whether an account with these roles may use the screen. */
  public boolean isFor(Set<String> callerRoles) {
    return roles.isEmpty() || roles.stream().anyMatch(callerRoles::contains);
  }
}
