package nl.techniekpact.cms.security.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

  private final JdkPbkdf2PasswordHash pbkdf2 = new JdkPbkdf2PasswordHash();

  @Test
  void theDecoyHasTheStoredFormOfARealHashWithTheSameParameters() {
    PasswordHashing hashing = new PasswordHashing(pbkdf2);
    hashing.initialize();
    String[] real = hashing.hash("correct-horse-battery".toCharArray()).split(":");
    String[] decoy = PasswordHashing.decoy(new SecureRandom()).split(":");

    assertThat(decoy).hasSize(4);
    assertThat(decoy[0]).isEqualTo(real[0]).isEqualTo("PBKDF2WithHmacSHA512");
    assertThat(decoy[1]).isEqualTo(real[1]).isEqualTo(String.valueOf(PasswordHashing.ITERATIONS));
    assertThat(Base64.getDecoder().decode(decoy[2]))
        .hasSameSizeAs(Base64.getDecoder().decode(real[2]));
    assertThat(Base64.getDecoder().decode(decoy[3]))
        .hasSameSizeAs(Base64.getDecoder().decode(real[3]));
  }

  @Test
  void noPasswordMatchesTheDecoyAndEachDecoyIsNew() {
    pbkdf2.initialize(PasswordHashing.PARAMETERS);
    String decoy = PasswordHashing.decoy(new SecureRandom());

    assertThat(pbkdf2.verify("".toCharArray(), decoy)).isFalse();
    assertThat(pbkdf2.verify("correct-horse-battery".toCharArray(), decoy)).isFalse();
    assertThat(PasswordHashing.decoy(new SecureRandom())).isNotEqualTo(decoy);
  }

  @Test
  void verifyingAgainstTheDecoyRunsTheDerivationWithoutFailing() {
    PasswordHashing hashing = new PasswordHashing(pbkdf2);
    hashing.initialize();

    assertThatCode(() -> hashing.verifyDecoy("whatever-was-typed".toCharArray()))
        .doesNotThrowAnyException();
  }

  @Test
  void aHashDerivedAheadIsTakenOnceForTheSamePasswordOnly() {
    CountingHash counting = new CountingHash();
    PasswordHashing hashing = new PasswordHashing(counting);
    hashing.initialize();
    char[] password = "first-admin-Secret-2026".toCharArray();

    hashing.hashAhead(password, Runnable::run);
    assertThat(counting.derivations).hasValue(1);
    String other = hashing.hash("another-Secret-2026".toCharArray());
    assertThat(counting.derivations).hasValue(2);
    String taken = hashing.hash(password);
    assertThat(counting.derivations).hasValue(2);
    String again = hashing.hash(password);

    assertThat(counting.derivations).hasValue(3);
    assertThat(pbkdf2.verify(password, taken)).isTrue();
    assertThat(pbkdf2.verify(password, again)).isTrue();
    assertThat(taken).isNotEqualTo(again);
    assertThat(pbkdf2.verify(password, other)).isFalse();
  }

  @Test
  void aHashDerivedAheadThatIsForgottenIsNotTaken() {
    CountingHash counting = new CountingHash();
    PasswordHashing hashing = new PasswordHashing(counting);
    hashing.initialize();
    char[] password = "first-admin-Secret-2026".toCharArray();

    hashing.hashAhead(password, Runnable::run);
    hashing.forgetAhead();
    hashing.hash(password);

    assertThat(counting.derivations).hasValue(2);
  }

  @Test
  void aFailedDerivationAheadIsDoneAgainWhenTheHashIsNeeded() {
    CountingHash counting = new CountingHash();
    PasswordHashing hashing = new PasswordHashing(counting);
    hashing.initialize();
    char[] password = "first-admin-Secret-2026".toCharArray();

    counting.failNext = true;
    hashing.hashAhead(password, Runnable::run);
    String hash = hashing.hash(password);

    assertThat(pbkdf2.verify(password, hash)).isTrue();
    assertThat(counting.derivations).hasValue(2);
  }

  @Test
  void aRightPasswordVerifiedAgainIsNotDerivedAgainButAWrongOneAlwaysIs() {
    CountingHash counting = new CountingHash();
    PasswordHashing hashing = new PasswordHashing(counting);
    hashing.initialize();
    String stored = hashing.hash("correct-horse-battery".toCharArray());
    counting.derivations.set(0);

    assertThat(hashing.verify("correct-horse-battery".toCharArray(), stored)).isTrue();
    assertThat(hashing.verify("correct-horse-battery".toCharArray(), stored)).isTrue();
    assertThat(counting.derivations).as("the second time from the kept verification").hasValue(1);
    assertThat(hashing.verify("wrong-horse-battery".toCharArray(), stored)).isFalse();
    assertThat(hashing.verify("wrong-horse-battery".toCharArray(), stored)).isFalse();
    assertThat(counting.derivations).as("a wrong password is derived every time").hasValue(3);
    String changed = hashing.hash("correct-horse-battery".toCharArray());
    counting.derivations.set(0);
    assertThat(hashing.verify("correct-horse-battery".toCharArray(), changed)).isTrue();
    assertThat(counting.derivations).as("a new stored hash is verified anew").hasValue(1);
  }

  /** The JDK's PBKDF2, counting derivations, failing one on request. */
  private final class CountingHash implements Pbkdf2PasswordHash {
    final AtomicInteger derivations = new AtomicInteger();
    volatile boolean failNext;

    @Override
    public void initialize(Map<String, String> parameters) {
      pbkdf2.initialize(parameters);
    }

    @Override
    public String generate(char[] password) {
      derivations.incrementAndGet();
      if (failNext) {
        failNext = false;
        throw new IllegalStateException("test failure");
      }
      return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
      derivations.incrementAndGet();
      return pbkdf2.verify(password, hashedPassword);
    }
  }
}
