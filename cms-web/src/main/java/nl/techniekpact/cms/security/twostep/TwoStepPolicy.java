package nl.techniekpact.cms.security.twostep;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.techniekpact.cms.security.Roles;
import org.eclipse.microprofile.config.Config;

/**
 * Which roles must sign in in two steps (ADR 0048), from {@value #REQUIRED_ROLES}: an account with
 * one of them and without two-step sign-in is {@link #holds held}: it sees only its account page in
 * the back office until it has set it up, makes no API tokens, and the API refuses its password and
 * its tokens; once it is on, it cannot be turned off. Unknown role names are logged and left out.
 */
@ApplicationScoped
public class TwoStepPolicy {

  /** MicroProfile Config key: the roles, comma-separated; none by default. */
  public static final String REQUIRED_ROLES = "cms.security.two-step.required-roles";

  private static final Logger LOG = Logger.getLogger(TwoStepPolicy.class.getName());

  @Inject private Config config;
  @Inject private TwoStepSignIn twoStep;

  private Set<String> required = Set.of();

  /** For CDI. */
  public TwoStepPolicy() {}

  /** A policy requiring these roles, of these accounts (tests). */
  TwoStepPolicy(Set<String> required, TwoStepSignIn twoStep) {
    this.required = Set.copyOf(required);
    this.twoStep = twoStep;
  }

  @PostConstruct
  void read() {
    Set<String> named =
        Arrays.stream(config.getOptionalValue(REQUIRED_ROLES, String.class).orElse("").split(","))
            .map(String::strip)
            .filter(role -> !role.isEmpty())
            .collect(Collectors.toCollection(HashSet::new));
    Set<String> unknown =
        named.stream().filter(role -> !Roles.ALL.contains(role)).collect(Collectors.toSet());
    if (!unknown.isEmpty()) {
      LOG.warning(() -> REQUIRED_ROLES + " names unknown roles, left out: " + unknown);
    }
    named.removeAll(unknown);
    required = Set.copyOf(named);
    if (!required.isEmpty()) {
      LOG.info(() -> "Two-step sign-in required for the roles " + required);
    }
  }

  /** Whether any role is required to sign in in two steps. */
  public boolean requiresAny() {
    return !required.isEmpty();
  }

  /** Whether an account with these roles must sign in in two steps. */
  public boolean requiredFor(Collection<String> roles) {
    return roles.stream().anyMatch(required::contains);
  }

  /**
   * Whether the account is held until it sets up two-step sign-in: its role requires it and it is
   * off. Such an account gets only its account page, makes no API tokens, and the API refuses its
   * password and its tokens.
   */
  public boolean holds(String username, Collection<String> roles) {
    return requiredFor(roles) && !twoStep.isOn(username);
  }
}
