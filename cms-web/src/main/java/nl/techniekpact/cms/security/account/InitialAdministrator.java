package nl.techniekpact.cms.security.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
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

  /** Creates the first administrator if no account exists yet. */
  @Transactional
  public void createIfNoAccount() {
    if (accounts.count() > 0) {
      return;
    }
    Optional<String> configured =
        config.getOptionalValue(PASSWORD, String.class).filter(p -> !p.isBlank());
    if (configured.isPresent() && configured.get().length() < PasswordHashing.MINIMUM_LENGTH) {
      LOG.warning(
          () ->
              PASSWORD
                  + " is shorter than "
                  + PasswordHashing.MINIMUM_LENGTH
                  + " characters and was ignored; a one-time password is generated instead.");
      configured = Optional.empty();
    }
    String password = configured.orElseGet(InitialAdministrator::generatePassword);
    registration.register(
        USERNAME,
        "Beheerder",
        password.toCharArray(),
        Set.of(Roles.ADMINISTRATOR, Roles.PLUGIN_ADMIN),
        Set.of());
    if (configured.isPresent()) {
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
