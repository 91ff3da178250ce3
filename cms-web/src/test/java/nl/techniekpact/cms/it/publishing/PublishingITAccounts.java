package nl.techniekpact.cms.it.publishing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import nl.techniekpact.cms.it.security.SecurityITAccounts;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.security.account.AccountRegistration;

/**
 * Fixture of the publishing tests, deployed with the suite's war: one account per role, the
 * regional editor of a real region ({@value #REGION}), all with {@link
 * SecurityITAccounts#PASSWORD}.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class PublishingITAccounts {

  /** A national editor. */
  public static final String NATIONAL = "pub-it-national";

  /** A regional editor of {@value #REGION}. */
  public static final String REGIONAL = "pub-it-regional";

  /** A plugin admin without content rights. */
  public static final String PLUGIN_ADMIN = "pub-it-plugins";

  /** An administrator. */
  public static final String ADMINISTRATOR = "pub-it-admin";

  /** The regional editor's region. */
  public static final String REGION = "noord-nederland";

  /** Another region, not the regional editor's. */
  public static final String OTHER_REGION = "zuid-nederland";

  @Inject private AccountRegistration registration;

  @PostConstruct
  void create() {
    char[] password = SecurityITAccounts.PASSWORD.toCharArray();
    registration.register(
        NATIONAL, "Nina Nationaal", password, Set.of(Roles.NATIONAL_EDITOR), Set.of());
    registration.register(
        REGIONAL, "Roel Regio", password, Set.of(Roles.REGIONAL_EDITOR), Set.of(REGION));
    registration.register(
        PLUGIN_ADMIN, "Pim Plugin", password, Set.of(Roles.PLUGIN_ADMIN), Set.of());
    registration.register(
        ADMINISTRATOR, "Ada Admin", password, Set.of(Roles.ADMINISTRATOR), Set.of());
  }
}
