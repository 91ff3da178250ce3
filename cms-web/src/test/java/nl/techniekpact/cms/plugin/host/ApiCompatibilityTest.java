package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiCompatibilityTest {

  @Test
  void caretRangeAcceptsCompatibleVersionsOnly() {
    assertThat(ApiCompatibility.accepts("^0.1.0", "0.1.0", "0.1.0")).isTrue();
    assertThat(ApiCompatibility.accepts("^0.1.0", "0.1.7", "0.1.0")).isTrue();
    assertThat(ApiCompatibility.accepts("^0.1.0", "0.2.0", "0.2.0")).isFalse();
    assertThat(ApiCompatibility.accepts("^1.2.0", "1.9.0", "1.9.0")).isTrue();
    assertThat(ApiCompatibility.accepts("^1.2.0", "2.0.0", "2.0.0")).isFalse();
  }

  @Test
  void bareVersionMeansThatVersionOrALaterCompatibleOne() {
    assertThat(ApiCompatibility.accepts("0.1.0", "0.1.3", "0.1.0")).isTrue();
    assertThat(ApiCompatibility.accepts("0.1.0", "0.2.0", "0.2.0")).isFalse();
    assertThat(ApiCompatibility.accepts("0.2.0", "0.1.0", "0.1.0")).isFalse();
  }

  @Test
  void explicitRangesWork() {
    assertThat(ApiCompatibility.accepts(">=0.1.0 & <0.3.0", "0.2.5", "0.2.0")).isTrue();
    assertThat(ApiCompatibility.accepts(">=0.1.0 & <0.3.0", "0.3.0", "0.3.0")).isFalse();
  }

  @Test
  void pluginsWrittenForAnOlderCompatibleMinorVersionKeepRunning() {
    // API 0.2.0 only adds to 0.1.0: the example plugin and the fixtures say ^0.1.0
    assertThat(ApiCompatibility.accepts("^0.1.0", "0.2.0")).isTrue();
    assertThat(ApiCompatibility.accepts("0.1.0", "0.2.0")).isTrue();
    assertThat(ApiCompatibility.accepts("^0.1.4", "0.2.0")).isTrue();
    assertThat(ApiCompatibility.accepts("^0.2.0", "0.2.0")).isTrue();
  }

  @Test
  void olderMinorVersionsBeforeTheOldestCompatibleOneAreStillRefused() {
    assertThat(ApiCompatibility.accepts("^0.1.0", "0.3.0", "0.2.0")).isFalse();
    assertThat(ApiCompatibility.accepts("^0.3.0", "0.2.0")).isFalse();
    assertThat(ApiCompatibility.accepts(">=0.1.0 & <0.1.5", "0.2.0")).isFalse();
    assertThat(ApiCompatibility.accepts("^1.0.0", "2.0.0", "1.0.0")).isFalse();
  }

  @Test
  void incompatibleRangeIsRefusedNamingBothVersions() {
    assertThatThrownBy(() -> ApiCompatibility.check("fixture", "^9.0.0", "0.1.0"))
        .isInstanceOfSatisfying(
            PluginRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(PluginRefusedException.Reason.INCOMPATIBLE_API))
        .hasMessage(
            "Plugin fixture requires plugin API ^9.0.0, but this CMS provides plugin API 0.1.0");
  }

  @Test
  void missingOrMalformedRangeIsRefused() {
    assertThatThrownBy(() -> ApiCompatibility.check("fixture", null, "0.1.0"))
        .hasMessageContaining("Plugin-Requires")
        .hasMessageContaining("0.1.0");
    assertThatThrownBy(() -> ApiCompatibility.check("fixture", "*", "0.1.0"))
        .hasMessageContaining("does not say which plugin API");
    assertThatThrownBy(() -> ApiCompatibility.check("fixture", "^^nonsense", "0.1.0"))
        .hasMessageContaining("malformed Plugin-Requires");
  }
}
