package nl.techniekpact.cms.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import nl.techniekpact.cms.web.InvalidParameter;
import nl.techniekpact.cms.web.InvalidParameter.Reason;
import nl.techniekpact.cms.web.InvalidParametersException;
import org.junit.jupiter.api.Test;

class ParameterCheckTest {

  @Test
  void absentOrBlankParametersAreAbsentNotRefused() {
    ParameterCheck check = new ParameterCheck();

    assertThat(check.optionalInteger("goal", null, 1, 10)).isEmpty();
    assertThat(check.optionalInteger("goal", " ", 1, 10)).isEmpty();
    assertThat(check.known("region", "", Optional::of)).isEmpty();
    check.done();
  }

  @Test
  void aNumberInRangeIsRead() {
    ParameterCheck check = new ParameterCheck();

    assertThat(check.optionalInteger("goal", "4", 1, 12)).isEqualTo(OptionalInt.of(4));
    assertThat(check.integer("size", " 100 ", 20, 1, 100)).isEqualTo(100);
    check.done();
  }

  @Test
  void everyRefusedParameterIsReportedAtOnceWithItsValueAndReason() {
    ParameterCheck check = new ParameterCheck();
    check.optionalInteger("goal", "vier", 1, 12);
    check.integer("size", "1000", 20, 1, 100);
    check.integer("page", "99999999999999999999", 1, 1, 5);
    check.known("region", "atlantis", slug -> Optional.empty());

    assertThatThrownBy(check::done)
        .isInstanceOfSatisfying(
            InvalidParametersException.class,
            e ->
                assertThat(e.parameters())
                    .containsExactly(
                        InvalidParameter.notANumber("goal", "vier"),
                        InvalidParameter.outOfRange("size", "1000", 1, 100),
                        InvalidParameter.outOfRange("page", "99999999999999999999", 1, 5),
                        InvalidParameter.unknown("region", "atlantis")))
        .hasMessageContaining("size=1000 (out-of-range)");
  }

  @Test
  void aKnownValueIsLookedUpStripped() {
    ParameterCheck check = new ParameterCheck();

    assertThat(check.known("level", " MBO ", EducationLevels::parse))
        .hasValue(nl.techniekpact.model.shared.EducationLevel.MBO);
    assertThat(check.refused("level")).isFalse();
  }

  @Test
  void reasonCodesAreKebabCase() {
    assertThat(Reason.NOT_A_NUMBER.code()).isEqualTo("not-a-number");
    assertThat(Reason.OUT_OF_RANGE.code()).isEqualTo("out-of-range");
  }

  @Test
  void aRequiredTextIsStrippedAndCheckedForLengthAndControlCharacters() {
    ParameterCheck check = new ParameterCheck();

    assertThat(check.text("q", "  scholen ", 1, 10)).contains("scholen");
    assertThat(check.text("q", "café", 1, 4)).contains("café");
    assertThat(check.refused("q")).isFalse();
    assertThat(check.text("q", "   ", 1, 10)).isEmpty();
    assertThat(check.refused("q")).isTrue();
  }

  @Test
  void aMissingOverlongOrControlCharacterTextIsRefusedAsTextLength() {
    for (String text : new String[] {null, "", "a".repeat(11), "a\u0000b"}) {
      ParameterCheck check = new ParameterCheck();
      assertThat(check.text("q", text, 1, 10)).isEmpty();
      assertThatThrownBy(check::done)
          .isInstanceOfSatisfying(
              nl.techniekpact.cms.web.InvalidParametersException.class,
              e ->
                  assertThat(e.parameters().get(0).reason())
                      .isEqualTo(nl.techniekpact.cms.web.InvalidParameter.Reason.TEXT_LENGTH));
    }
  }
}
