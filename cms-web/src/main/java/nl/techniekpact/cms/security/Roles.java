package nl.techniekpact.cms.security;

import java.util.Set;

/**
 * The CMS's roles, as the strings used in {@code @RolesAllowed}, {@code web.xml}, {@code
 * payara-web.xml} and the {@code account_role} table. An account's roles are its Jakarta Security
 * groups; each group maps to the role of the same name.
 *
 * <pre>{@code
 * @POST
 * @RolesAllowed(Roles.PLUGIN_ADMIN)
 * public Response install(...) { ... }
 * }</pre>
 */
public final class Roles {

  /** Manages accounts and settings. */
  public static final String ADMINISTRATOR = "administrator";

  /** Edits all content. */
  public static final String NATIONAL_EDITOR = "national-editor";

  /** Edits the content of their own region or regions only. */
  public static final String REGIONAL_EDITOR = "regional-editor";

  /** Installs, enables, disables, upgrades and removes plugins. */
  public static final String PLUGIN_ADMIN = "plugin-admin";

  /**
   * Not a role: in {@code @RolesAllowed} it admits any signed-in caller, whatever their roles (the
   * meaning {@code **} has in Jakarta Servlet and Authorization).
   */
  public static final String ANY_AUTHENTICATED = "**";

  /** Every role, as the database constraint knows them. */
  public static final Set<String> ALL =
      Set.of(ADMINISTRATOR, NATIONAL_EDITOR, REGIONAL_EDITOR, PLUGIN_ADMIN);

  private Roles() {}
}
