package nl.techniekpact.cms.security.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.techniekpact.cms.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountRegistrationTest {

  private static final char[] PASSWORD = "correct-horse-battery".toCharArray();

  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final RecordedAccountAudit audit = new RecordedAccountAudit();
  private final JdkPbkdf2PasswordHash pbkdf2 = new JdkPbkdf2PasswordHash();
  private PasswordHashing hashing;
  private AccountRegistration registration;

  @BeforeEach
  void setUp() {
    hashing = new PasswordHashing(pbkdf2);
    hashing.initialize();
    registration = new AccountRegistration(accounts, hashing, audit);
  }

  @Test
  void storesAPbkdf2HashNeverThePassword() {
    Account account =
        registration.register(
            "Editor", "Eva Editor", PASSWORD, Set.of(Roles.NATIONAL_EDITOR), Set.of());

    assertThat(account.getPasswordHash())
        .startsWith("PBKDF2WithHmacSHA512:210000:")
        .doesNotContain(new String(PASSWORD));
    assertThat(hashing.verify(PASSWORD, account.getPasswordHash())).isTrue();
    assertThat(hashing.verify("wrong-password-123".toCharArray(), account.getPasswordHash()))
        .isFalse();
  }

  @Test
  void samePasswordGetsADifferentSaltEachTime() {
    Account first =
        registration.register("one", "One", PASSWORD, Set.of(Roles.NATIONAL_EDITOR), Set.of());
    Account second =
        registration.register("two", "Two", PASSWORD, Set.of(Roles.NATIONAL_EDITOR), Set.of());

    assertThat(first.getPasswordHash()).isNotEqualTo(second.getPasswordHash());
  }

  @Test
  void hashingUsesStrongParameters() {
    assertThat(pbkdf2.parameters)
        .containsEntry("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512")
        .containsEntry("Pbkdf2PasswordHash.SaltSizeBytes", "32")
        .containsEntry("Pbkdf2PasswordHash.KeySizeBytes", "64");
    assertThat(Integer.parseInt(pbkdf2.parameters.get("Pbkdf2PasswordHash.Iterations")))
        .isGreaterThanOrEqualTo(210_000);
  }

  @Test
  void usernameIsStoredTrimmedInLowerCaseAndFoundCaseInsensitively() {
    registration.register("  Admin.Two ", "Two", PASSWORD, Set.of(Roles.ADMINISTRATOR), Set.of());

    assertThat(accounts.findByUsername("ADMIN.TWO"))
        .get()
        .extracting(Account::getUsername)
        .isEqualTo("admin.two");
  }

  @Test
  void takenUsernameIsRefusedAndNothingIsStored() {
    registration.register("eva", "Eva", PASSWORD, Set.of(Roles.NATIONAL_EDITOR), Set.of());

    assertThatThrownBy(
            () ->
                registration.register(
                    "EVA", "Other", PASSWORD, Set.of(Roles.ADMINISTRATOR), Set.of()))
        .isInstanceOf(InvalidAccountException.class)
        .hasMessageContaining("taken");
    assertThat(accounts.count()).isEqualTo(1);
  }

  @Test
  void theSchedulersNameSystemIsNeverAnAccount() {
    assertThatThrownBy(
            () ->
                registration.register(
                    " System ", "Not the timer", PASSWORD, Set.of(Roles.ADMINISTRATOR), Set.of()))
        .isInstanceOf(InvalidAccountException.class)
        .hasMessageContaining("taken");
    assertThat(accounts.count()).isZero();
  }

  @Test
  void emptyOrShortInputIsRefusedWithAClearMessageAndNothingIsStored() {
    Set<String> editor = Set.of(Roles.NATIONAL_EDITOR);
    assertThatThrownBy(() -> registration.register("", "Eva", PASSWORD, editor, Set.of()))
        .isInstanceOf(InvalidAccountException.class)
        .hasMessageContaining("username");
    assertThatThrownBy(() -> registration.register("eva", " ", PASSWORD, editor, Set.of()))
        .isInstanceOf(InvalidAccountException.class)
        .hasMessageContaining("display name");
    assertThatThrownBy(() -> registration.register("eva", "Eva", new char[0], editor, Set.of()))
        .isInstanceOf(InvalidAccountException.class)
        .hasMessageContaining("at least 12");
    assertThatThrownBy(
            () -> registration.register("eva", "Eva", "short".toCharArray(), editor, Set.of()))
        .isInstanceOf(InvalidAccountException.class);
    assertThat(accounts.count()).isZero();
  }

  @Test
  void regionalEditorNeedsARegionAndUnknownRolesAreRefused() {
    assertThatThrownBy(
            () ->
                registration.register(
                    "reg", "Reg", PASSWORD, Set.of(Roles.REGIONAL_EDITOR), Set.of()))
        .isInstanceOf(InvalidAccountException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(
            () -> registration.register("god", "God", PASSWORD, Set.of("superuser"), Set.of()))
        .isInstanceOf(InvalidAccountException.class)
        .hasMessageContaining("Unknown roles");

    Account regional =
        registration.register(
            "reg", "Reg", PASSWORD, Set.of(Roles.REGIONAL_EDITOR), Set.of("noord"));
    assertThat(regional.getRegions()).containsExactly("noord");
  }

  @Test
  void ownPasswordChangeNeedsTheRightCurrentPasswordAndTheSameStrength() {
    registration.register("eva", "Eva", PASSWORD, Set.of(Roles.NATIONAL_EDITOR), Set.of());
    char[] next = "another-long-secret".toCharArray();

    assertThatThrownBy(
            () -> registration.changeOwnPassword("eva", "wrong-password-1".toCharArray(), next))
        .isInstanceOf(InvalidAccountException.class)
        .extracting(e -> ((InvalidAccountException) e).problem())
        .isEqualTo(InvalidAccountException.Problem.PASSWORD_WRONG);
    assertThatThrownBy(
            () -> registration.changeOwnPassword("eva", PASSWORD, "too-short".toCharArray()))
        .extracting(e -> ((InvalidAccountException) e).problem())
        .isEqualTo(InvalidAccountException.Problem.PASSWORD_TOO_SHORT);
    assertThat(
            hashing.verify(
                PASSWORD, accounts.findByUsername("eva").orElseThrow().getPasswordHash()))
        .as("unchanged after refusals")
        .isTrue();

    registration.changeOwnPassword("eva", PASSWORD, next);

    String hash = accounts.findByUsername("eva").orElseThrow().getPasswordHash();
    assertThat(hashing.verify(next, hash)).isTrue();
    assertThat(hashing.verify(PASSWORD, hash)).isFalse();
  }

  @Test
  void updateRefusesAStaleVersionAndKeepsRegionsOnlyForRegionalEditors() {
    registration.register("reg", "Reg", PASSWORD, Set.of(Roles.REGIONAL_EDITOR), Set.of("noord"));

    assertThatThrownBy(
            () ->
                registration.update("reg", 7, "Reg", Set.of(Roles.REGIONAL_EDITOR), Set.of("zuid")))
        .extracting(e -> ((InvalidAccountException) e).problem())
        .isEqualTo(InvalidAccountException.Problem.CHANGED_BY_OTHER);
    assertThatThrownBy(() -> registration.update("reg", 0, "Reg", Set.of(), Set.of()))
        .extracting(e -> ((InvalidAccountException) e).problem())
        .isEqualTo(InvalidAccountException.Problem.ROLES_MISSING);

    Account changed =
        registration.update("reg", 0, "Regina", Set.of(Roles.NATIONAL_EDITOR), Set.of("noord"));

    assertThat(changed.getDisplayName()).isEqualTo("Regina");
    assertThat(changed.getRoles()).containsExactly(Roles.NATIONAL_EDITOR);
    assertThat(changed.getRegions()).as("a national editor has no regions").isEmpty();
  }

  @Test
  void disabledAccountIsNoLongerEnabled() {
    registration.register("eva", "Eva", PASSWORD, Set.of(Roles.NATIONAL_EDITOR), Set.of());

    registration.disable("eva");

    assertThat(accounts.findByUsername("eva"))
        .get()
        .extracting(Account::isEnabled)
        .isEqualTo(false);
  }

  @Test
  void everyChangeIsRecordedOnceAndRefusalsAndNoChangesAreNot() {
    registration.register("eva", "Eva", PASSWORD, Set.of(Roles.NATIONAL_EDITOR), Set.of());
    assertThatThrownBy(
            () ->
                registration.register("eva", "Eva", PASSWORD, Set.of(Roles.NATIONAL_EDITOR), null))
        .isInstanceOf(InvalidAccountException.class);
    long version = accounts.findByUsername("eva").orElseThrow().getVersion();
    registration.update("eva", version, "Eva", Set.of(Roles.NATIONAL_EDITOR), Set.of());
    registration.update("eva", version, "Eva E.", Set.of(Roles.NATIONAL_EDITOR), Set.of());
    assertThatThrownBy(
            () -> registration.changeOwnPassword("eva", "wrong-password-1".toCharArray(), PASSWORD))
        .isInstanceOf(InvalidAccountException.class);
    registration.changeOwnPassword("eva", PASSWORD, "another-long-secret".toCharArray());
    registration.setPassword("eva", "a-reset-long-secret".toCharArray());
    registration.endSessions("eva");
    registration.disable("eva");
    registration.disable("eva");
    registration.enable("eva");
    registration.enable("eva");

    assertThat(audit.entries())
        .containsExactly(
            "caller create eva",
            "caller update eva",
            "caller password-change eva",
            "caller password-reset eva",
            "caller sessions-end eva",
            "caller disable eva",
            "caller enable eva");
    assertThat(audit.details())
        .as("what the account is after a creation or change, and nothing secret")
        .containsExactly(
            "name=Eva; roles=national-editor; regions=",
            "name=Eva E.; roles=national-editor; regions= (was name=Eva; roles=national-editor;"
                + " regions=)",
            "null",
            "null",
            "null",
            "null",
            "null");
  }

  @Test
  void theRecordOfAChangeSaysWhatTheAccountWasAndIs() {
    Account account =
        registration.register(
            "reg", "Reg", PASSWORD, Set.of(Roles.REGIONAL_EDITOR), Set.of("zuid"));

    assertThat(AccountRegistration.describe(account))
        .isEqualTo("name=Reg; roles=regional-editor; regions=zuid");
    registration.update(
        "reg", account.getVersion(), "Reg", Set.of(Roles.REGIONAL_EDITOR), Set.of("zuid", "noord"));
    assertThat(AccountRegistration.describe(account))
        .isEqualTo("name=Reg; roles=regional-editor; regions=noord,zuid");
  }

  @Test
  void generatedInitialPasswordsAreLongAndDiffer() {
    String one = InitialAdministrator.generatePassword();
    String two = InitialAdministrator.generatePassword();

    assertThat(one).hasSizeGreaterThanOrEqualTo(PasswordHashing.MINIMUM_LENGTH).isNotEqualTo(two);
  }

  /** The repository as a list. */
  static final class InMemoryAccounts implements AccountRepository {
    private final List<Account> stored = new ArrayList<>();

    @Override
    public Optional<Account> findByUsername(String username) {
      String normalized = Account.normalizeUsername(username);
      return stored.stream().filter(a -> a.getUsername().equals(normalized)).findFirst();
    }

    @Override
    public List<Account> find(AccountQuery query, int first, int max) {
      return stored.stream().skip(first).limit(max).toList();
    }

    @Override
    public long count(AccountQuery query) {
      return stored.size();
    }

    @Override
    public long count() {
      return stored.size();
    }

    @Override
    public void add(Account account) {
      stored.add(account);
    }

    @Override
    public void signedIn(String username, java.time.Instant moment) {
      throw new UnsupportedOperationException("registration never notes a sign-in");
    }
  }
}
