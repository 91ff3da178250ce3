package nl.techniekpact.cms.it.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.AccountRegistration;

/**
 * Fixture of the security tests, deployed with the suite's war: accounts besides the first
 * administrator, created through the real registration once the start-up migration has run.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class SecurityITAccounts {

  /** Password of every fixture account. */
  public static final String PASSWORD = "it-Fixture-Secret-2026";

  /** The first administrator's password, as arquillian.xml sets it. */
  public static final String ADMIN_PASSWORD = "it-admin-Secret-2026";

  /** A national editor. */
  public static final String EDITOR = "it-editor";

  /** Another national editor, for two editors at work on the same item. */
  public static final String SECOND_EDITOR = "it-editor-2";

  /** A regional editor of {@value #REGION}. */
  public static final String REGIONAL_EDITOR = "it-regional";

  /** The region of the regional editor. */
  public static final String REGION = "noord";

  /** A disabled national editor. */
  public static final String DISABLED = "it-disabled";

  /** An editor the API lockout test locks out. */
  public static final String LOCKED = "it-locked";

  /** An editor the form lockout test locks out. */
  public static final String LOCKED_IN_FORM = "it-locked-form";

  /** A national editor whose tokens the token tests use and who is disabled by one of them. */
  public static final String TOKEN_HOLDER = "it-token-holder";

  /** A national editor the token tests disable to see their token stop working. */
  public static final String TOKEN_DISABLED = "it-token-disabled";

  /** A national editor who changes their password right after calling the API with it. */
  public static final String PASSWORD_CHANGER = "it-password-changer";

  /** A national editor disabled right after calling the API with their password. */
  public static final String BASIC_DISABLED = "it-basic-disabled";

  /** National editors who turn two-step sign-in on in its tests, one per test. */
  public static final List<String> TWO_STEP =
      List.of(
          "it-two-step-1",
          "it-two-step-2",
          "it-two-step-3",
          "it-two-step-4",
          "it-two-step-5",
          "it-two-step-6",
          "it-two-step-7",
          "it-two-step-8");

  @Inject private AccountRegistration registration;

  @PostConstruct
  void create() {
    Set<String> editor = Set.of(Roles.NATIONAL_EDITOR);
    registration.register(EDITOR, "Eva Editor", PASSWORD.toCharArray(), editor, Set.of());
    registration.register(SECOND_EDITOR, "Bram Tweede", PASSWORD.toCharArray(), editor, Set.of());
    registration.register(
        REGIONAL_EDITOR,
        "Rita Regio",
        PASSWORD.toCharArray(),
        Set.of(Roles.REGIONAL_EDITOR),
        Set.of(REGION));
    registration.register(DISABLED, "Dirk Disabled", PASSWORD.toCharArray(), editor, Set.of());
    registration.disable(DISABLED);
    registration.register(LOCKED, "Lot Locked", PASSWORD.toCharArray(), editor, Set.of());
    registration.register(LOCKED_IN_FORM, "Loes Locked", PASSWORD.toCharArray(), editor, Set.of());
    registration.register(TOKEN_HOLDER, "Tim Token", PASSWORD.toCharArray(), editor, Set.of());
    registration.register(TOKEN_DISABLED, "Dora Token", PASSWORD.toCharArray(), editor, Set.of());
    registration.register(
        PASSWORD_CHANGER, "Pim Wisselaar", PASSWORD.toCharArray(), editor, Set.of());
    registration.register(BASIC_DISABLED, "Bas Basic", PASSWORD.toCharArray(), editor, Set.of());
    for (String twoStep : TWO_STEP) {
      registration.register(twoStep, "Twan Twee", PASSWORD.toCharArray(), editor, Set.of());
    }
  }
}
