package nl.techniekpact.cms.security.twostep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class OneTimeCodesTest {

  /** RFC 6238 appendix B's SHA-1 secret, the ASCII of "12345678901234567890", in Base32. */
  private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private static Instant at(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond);
  }

  @Test
  void codesAreTheSixLastDigitsOfRfc6238sTestVectorsLeadingZerosKept() {
    assertThat(OneTimeCodes.codeAt(RFC_SECRET, at(59))).isEqualTo("287082");
    assertThat(OneTimeCodes.codeAt(RFC_SECRET, at(1111111109))).isEqualTo("081804");
    assertThat(OneTimeCodes.codeAt(RFC_SECRET, at(1234567890))).isEqualTo("005924");
    assertThat(OneTimeCodes.codeAt(RFC_SECRET, at(2000000000))).isEqualTo("279037");
  }

  @Test
  void aCodeIsAcceptedForItsStepAndTheOnesBeforeAndAfterButNotTwoAway() {
    Instant now = at(1111111109);
    long step = OneTimeCodes.stepAt(now);
    String current = OneTimeCodes.codeAt(RFC_SECRET, now);

    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, current, now, Long.MIN_VALUE)).hasValue(step);
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, current, now.plusSeconds(30), Long.MIN_VALUE))
        .as("typed just after the step ended")
        .hasValue(step);
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, current, now.minusSeconds(30), Long.MIN_VALUE))
        .as("the phone's clock a step ahead")
        .hasValue(step);
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, current, now.plusSeconds(60), Long.MIN_VALUE))
        .isEmpty();
  }

  @Test
  void aCodeOfTheLastAcceptedStepOrAnEarlierOneIsRefusedSoNoCodeWorksTwice() {
    Instant now = at(1111111109);
    long step = OneTimeCodes.stepAt(now);
    String current = OneTimeCodes.codeAt(RFC_SECRET, now);
    String next = OneTimeCodes.codeAt(RFC_SECRET, now.plusSeconds(30));

    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, current, now, step)).isEmpty();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, current, now, step + 1)).isEmpty();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, next, now, step)).hasValue(step + 1);
  }

  @Test
  void spacesAreIgnoredAndAnythingButSixDigitsMatchesNothing() {
    Instant now = at(59);

    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, "287 082", now, Long.MIN_VALUE)).isPresent();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, "28708", now, Long.MIN_VALUE)).isEmpty();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, "2870821", now, Long.MIN_VALUE)).isEmpty();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, "28708a", now, Long.MIN_VALUE)).isEmpty();
    assertThat(OneTimeCodes.matchingStep(RFC_SECRET, null, now, Long.MIN_VALUE)).isEmpty();
  }

  @Test
  void aNewSecretIs160RandomBitsIn32Base32Characters() {
    String one = OneTimeCodes.newSecret();
    String other = OneTimeCodes.newSecret();

    assertThat(one).hasSize(32).matches("[A-Z2-7]{32}").isNotEqualTo(other);
    assertThat(new Base32().decode(one)).hasSize(OneTimeCodes.SECRET_BYTES);
  }

  @Test
  void theAppAddressNamesIssuerAndAccountAndTheSettingsAppsAssumeAnyway() {
    String address = OneTimeCodes.appAddress("Techniekpact CMS", "eva@example.nl", RFC_SECRET);

    assertThat(address)
        .isEqualTo(
            "otpauth://totp/Techniekpact%20CMS:eva%40example.nl?secret="
                + RFC_SECRET
                + "&issuer=Techniekpact%20CMS&algorithm=SHA1&digits=6&period=30");
  }
}
