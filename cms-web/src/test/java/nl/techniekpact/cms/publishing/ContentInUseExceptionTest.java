package nl.techniekpact.cms.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import nl.techniekpact.cms.web.ErrorKind;
import org.junit.jupiter.api.Test;

class ContentInUseExceptionTest {

  @Test
  void isAConflictNamingWhatStillRefersToTheItem() {
    ContentInUseException refused =
        new ContentInUseException(
            "organisation", "friesland-college", List.of("case-study make-it-move"));

    assertThat(refused.kind()).isEqualTo(ErrorKind.CONTENT_IN_USE);
    assertThat(refused.kind().status()).isEqualTo(409);
    assertThat(refused.detail())
        .isEqualTo(
            "organisation friesland-college cannot be removed: 1 item(s) still refer to it"
                + " (case-study make-it-move); remove those references first");
    assertThat(refused.extensions()).containsEntry("usedBy", List.of("case-study make-it-move"));
  }

  @Test
  void namesAtMostTenReferencesButCountsAndListsThemAll() {
    List<String> many = IntStream.rangeClosed(1, 12).mapToObj(i -> "case-study c" + i).toList();

    ContentInUseException refused = new ContentInUseException("goal", "techniekpact/4", many);

    assertThat(refused.detail()).contains("12 item(s)").contains("c10, …").doesNotContain("c11");
    assertThat(refused.usedBy()).hasSize(12);
  }
}
