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
 * Fixture of the region and ambassador editing tests, deployed with the suite's war: a regional
 * editor of the tests' own region {@value #OWN} (which the tests create, as a draft, and delete
 * again), with {@link SecurityITAccounts#PASSWORD}. The seed regions stay untouched.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class RegionITAccounts {

  /** A regional editor of {@value #OWN}. */
  public static final String REGIONAL = "reg-it-regional";

  /** The tests' own region, the regional editor's. */
  public static final String OWN = "reg-it-eigen";

  /** Another region the tests create, not the regional editor's. */
  public static final String OTHER = "reg-it-ander";

  @Inject private AccountRegistration registration;

  @PostConstruct
  void create() {
    registration.register(
        REGIONAL,
        "Rinske Regio",
        SecurityITAccounts.PASSWORD.toCharArray(),
        Set.of(Roles.REGIONAL_EDITOR),
        Set.of(OWN));
  }
}
