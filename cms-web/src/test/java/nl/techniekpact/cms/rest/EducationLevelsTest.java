package nl.techniekpact.cms.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import nl.techniekpact.model.shared.EducationLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EducationLevelsTest {

  @ParameterizedTest
  @CsvSource({
    "mbo, MBO",
    "MBO, MBO",
    "po, PO",
    "hbo/wo, HBO_WO",
    "hbo-wo, HBO_WO",
    "HBO_WO, HBO_WO",
    "werkenden, WERKENDEN"
  })
  void levelsAreReadByNameOrLabelInAnyCase(String text, EducationLevel expected) {
    assertThat(EducationLevels.parse(text)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "universiteit", "hbo wo", "m-b-o"})
  void otherTextsAreNoLevel(String text) {
    assertThat(EducationLevels.parse(text)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void namesFollowTheNaturalOrder() {
    assertThat(EducationLevels.names(EnumSet.of(EducationLevel.WERKENDEN, EducationLevel.MBO)))
        .containsExactly("MBO", "WERKENDEN");
  }
}
