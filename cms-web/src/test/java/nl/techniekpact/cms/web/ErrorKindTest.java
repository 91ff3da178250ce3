package nl.techniekpact.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class ErrorKindTest {

  @Test
  void expiredViewDeepInTheCauseChainIsViewExpired() {
    Throwable error = new ServletException(new RuntimeException(new ViewExpiredException("gone")));

    assertThat(ErrorKind.classify(error, 500)).isEqualTo(ErrorKind.VIEW_EXPIRED);
    assertThat(ErrorKind.VIEW_EXPIRED.status()).isEqualTo(400);
  }

  @Test
  void oversizedBodyIs413() {
    assertThat(ErrorKind.classify(new ServletException(new RequestTooLargeException(10)), 500))
        .isEqualTo(ErrorKind.REQUEST_TOO_LARGE);
    assertThat(ErrorKind.REQUEST_TOO_LARGE.status()).isEqualTo(413);
  }

  @Test
  void malformedBodyIs400() {
    assertThat(ErrorKind.classify(new MalformedRequestException("broken", null), 500))
        .isEqualTo(ErrorKind.MALFORMED_MULTIPART);
  }

  @Test
  void otherwiseTheContainerStatusDecides() {
    assertThat(ErrorKind.classify(null, 404)).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(ErrorKind.classify(new IllegalStateException(), 500))
        .isEqualTo(ErrorKind.SERVER_ERROR);
    assertThat(ErrorKind.classify(null, 418)).isEqualTo(ErrorKind.BAD_REQUEST);
    assertThat(ErrorKind.classify(null, 502)).isEqualTo(ErrorKind.SERVER_ERROR);
  }

  @Test
  void specificKindsHaveTheirOwnProblemTypeAndGenericOnesAboutBlank() {
    assertThat(ErrorKind.REQUEST_TOO_LARGE.problemType())
        .isEqualTo("urn:techniekpact:problem:request-too-large");
    assertThat(ErrorKind.NOT_FOUND.problemType()).isEqualTo("about:blank");
  }
}
