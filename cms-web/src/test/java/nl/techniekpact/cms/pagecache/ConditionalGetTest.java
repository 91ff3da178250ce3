package nl.techniekpact.cms.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {

  private static final String TAG = "\"abc\"";
  private static final Instant MODIFIED = Instant.parse("2026-11-28T08:00:00Z");

  @Test
  void matchingTagIsNotModified() {
    assertThat(ConditionalGet.notModified(TAG, null, TAG, MODIFIED)).isTrue();
    assertThat(ConditionalGet.notModified("\"x\", W/\"abc\"", null, TAG, MODIFIED)).isTrue();
    assertThat(ConditionalGet.notModified("*", null, TAG, MODIFIED)).isTrue();
  }

  @Test
  void otherTagIsModifiedEvenWhenTheDateMatches() {
    assertThat(ConditionalGet.notModified("\"x\"", "Sat, 28 Nov 2026 08:00:00 GMT", TAG, MODIFIED))
        .isFalse();
  }

  @Test
  void dateAtOrAfterLastModifiedIsNotModified() {
    assertThat(ConditionalGet.notModified(null, "Sat, 28 Nov 2026 08:00:00 GMT", TAG, MODIFIED))
        .isTrue();
    assertThat(ConditionalGet.notModified(null, "Sat, 28 Nov 2026 09:00:00 GMT", TAG, MODIFIED))
        .isTrue();
    assertThat(ConditionalGet.notModified(null, "Sat, 28 Nov 2026 07:59:59 GMT", TAG, MODIFIED))
        .isFalse();
  }

  @Test
  void withoutALastModifiedOnlyTheEntityTagCanMatch() {
    assertThat(ConditionalGet.notModified(null, "Sat, 28 Nov 2026 09:00:00 GMT", TAG, null))
        .isFalse();
    assertThat(ConditionalGet.notModified(TAG, null, TAG, null)).isTrue();
  }

  @Test
  void invalidDateOrNoConditionIsModified() {
    assertThat(ConditionalGet.notModified(null, "yesterday", TAG, MODIFIED)).isFalse();
    assertThat(ConditionalGet.notModified(null, null, TAG, MODIFIED)).isFalse();
  }

  @Test
  void httpDatesHaveTwoDigitDaysInGmt() {
    assertThat(ConditionalGet.httpDate(Instant.parse("2026-12-01T07:05:09Z")))
        .isEqualTo("Tue, 01 Dec 2026 07:05:09 GMT");
  }
}
