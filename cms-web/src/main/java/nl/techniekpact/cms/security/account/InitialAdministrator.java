package nl.techniekpact.cms.security.account;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.techniekpact.cms.security.Roles;
import org.eclipse.microprofile.config.Config;

/**
 * Creates the first account, {@value #USERNAME}, with the roles administrator and plugin admin,
 * when the database holds no account at all (the first start). Its password comes from {@value
 * #PASSWORD} (environment variable {@code CMS_ADMIN_INITIAL_PASSWORD}); without it a strong
 * one-time password is generated and written once to the log. There is never a default password.
 *
 * <p>The password's hash (PBKDF2, slow on purpose) is derived on another thread while the
 * migrations run ({@link #hashAheadIfNoAccount}), so that the first start does not wait for it (ADR
 * 0035).
 */
@ApplicationScoped
public class InitialAdministrator {

  /** MicroProfile Config key of the first administrator's password. */
  public static final String PASSWORD = "cms.admin.initial-password";

  /** The username of the first administrator. */
  public static final String USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";
  private static final int GENERATED_LENGTH = 24;

  @Inject private Config config;
  @Inject private AccountRepository accounts;
  @Inject private AccountRegistration registration;
  @Inject private PasswordHashing passwords;
  @Resource private ManagedExecutorService executor;
  @Resource private TransactionSynchronizationRegistry transactions;

  /** The password chosen for the first administrator, until it is created. */
  private String password;

  /** Whether {@link #password} came from configuration (else it was generated). */
  private boolean configured;

  /**
   * On a database that holds no account yet (or no account table: a new database), starts deriving
   * the first administrator's password hash on another thread, so that {@link #createIfNoAccount}
   * finds it done. Reads nothing else and writes nothing; any failure just leaves the hash to be
   * derived when the account is created.
   */
  public synchronized void hashAheadIfNoAccount(Connection connection) {
    if (hasAccount(connection)) {
      return;
    }
    try {
      passwords.hashAhead(chosenPassword().toCharArray(), executor);
    } catch (RuntimeException e) {
      LOG.fine(() -> "The first administrator's hash is derived later: " + e);
    }
  }

  static boolean hasAccount(Connection connection) {
    try {
      // asks for the table first: a failed query would be written to H2's trace file
      DatabaseMetaData metadata = connection.getMetaData();
      String table = metadata.storesUpperCaseIdentifiers() ? "ACCOUNT" : "account";
      try (ResultSet tables = metadata.getTables(null, null, table, new String[] {"TABLE"})) {
        if (!tables.next()) {
          return false; // a new database: the migrations create the table
        }
      }
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT 1 FROM account FETCH FIRST 1 ROWS ONLY")) {
        return row.next();
      }
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Creates the first administrator if no account exists yet. Says so in the log once the account
   * is committed, not before: a password written to the log must be one that signs in.
   */
  @Transactional
  public synchronized void createIfNoAccount() {
    try {
      if (accounts.count() > 0) {
        return;
      }
      String chosen = chosenPassword();
      boolean fromConfig = configured;
      create(chosen);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                announce(chosen, fromConfig);
              }
            }
          });
    } finally {
      password = null;
      passwords.forgetAhead();
    }
  }

  /** The configured password, or a generated one; chosen once, so a hash derived ahead fits. */
  private String chosenPassword() {
    if (password == null) {
      Optional<String> fromConfig =
          config.getOptionalValue(PASSWORD, String.class).filter(p -> !p.isBlank());
      if (fromConfig.isPresent() && fromConfig.get().length() < PasswordHashing.MINIMUM_LENGTH) {
        LOG.warning(
            () ->
                PASSWORD
                    + " is shorter than "
                    + PasswordHashing.MINIMUM_LENGTH
                    + " characters and was ignored; a one-time password is generated instead.");
        fromConfig = Optional.empty();
      }
      configured = fromConfig.isPresent();
      password = fromConfig.orElseGet(InitialAdministrator::generatePassword);
    }
    return password;
  }

  private void create(String password) {
    registration.register(
        USERNAME,
        "Beheerder",
        password.toCharArray(),
        Set.of(Roles.ADMINISTRATOR, Roles.PLUGIN_ADMIN),
        Set.of());
  }

  private static void announce(String password, boolean configured) {
    if (configured) {
      LOG.info(
          () ->
              "First start: created the administrator account '"
                  + USERNAME
                  + "' with the password from "
                  + PASSWORD
                  + ".");
    } else {
      LOG.warning(
          "FIRST START: created the administrator account '"
              + USERNAME
              + "' with the ONE-TIME password "
              + password
              + " . This is shown only now: sign in at /login.xhtml and change it immediately."
              + " To choose it yourself on a fresh database, set "
              + PASSWORD
              + " (environment variable CMS_ADMIN_INITIAL_PASSWORD).");
    }
  }

  static String generatePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
