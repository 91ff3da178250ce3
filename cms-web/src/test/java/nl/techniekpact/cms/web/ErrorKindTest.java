package nl.techniekpact.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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
  void aDatabaseThatCannotBeReachedIsUnavailableAndNotLoggedAsAServerError() {
    Throwable error =
        new ServletException(
            new RuntimeException(
                new SQLTransientConnectionException("refused", "08001"))); // as wrapped by JSF

    assertThat(ErrorKind.classify(error, 500)).isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);
    assertThat(ErrorKind.DATABASE_UNAVAILABLE.status()).isEqualTo(503);
    assertThat(ErrorKind.DATABASE_UNAVAILABLE.logged()).isFalse();
    // shown with the text of any temporary unavailability
    assertThat(ErrorKind.DATABASE_UNAVAILABLE.messageKey())
        .isEqualTo(ErrorKind.SERVICE_UNAVAILABLE.messageKey());
    // other SQL failures stay server errors, logged
    assertThat(ErrorKind.classify(new SQLException("syntax", "42601"), 500))
        .isEqualTo(ErrorKind.SERVER_ERROR);
    assertThat(ErrorKind.SERVER_ERROR.logged()).isTrue();
    assertThat(ErrorKind.classify(null, 503)).isEqualTo(ErrorKind.SERVICE_UNAVAILABLE);
  }

  @Test
  void aResourcesOwnNotReadyAnswerIs503WithTheUnavailableTextAndIsNotLoggedAsAServerError() {
    Throwable building = new ServiceUnavailableException(5L); // the search index being built

    assertThat(ErrorKind.classify(building, 503)).isEqualTo(ErrorKind.NOT_READY);
    assertThat(ErrorKind.NOT_READY.status()).isEqualTo(503);
    assertThat(ErrorKind.NOT_READY.logged()).isFalse();
    assertThat(ErrorKind.NOT_READY.messageKey())
        .isEqualTo(ErrorKind.SERVICE_UNAVAILABLE.messageKey());
    // a 503 the container chose is still a logged server error's kind
    assertThat(ErrorKind.forStatus(503)).isEqualTo(ErrorKind.SERVICE_UNAVAILABLE);
    assertThat(ErrorKind.SERVICE_UNAVAILABLE.logged()).isTrue();
  }

  @Test
  void aDatabaseOutageIsRecognisedAlsoBelowAnExceptionThatNamesItsOwnKind() {
    Throwable refused =
        new ProblemFailure(
            new SQLException(
                "Error in allocating a connection",
                null,
                new SQLTransientConnectionException("refused", "08001")));

    assertThat(ErrorKind.classify(refused, 500)).isEqualTo(ErrorKind.CONFLICT);
    assertThat(ErrorKind.isDatabaseUnavailable(refused)).isTrue();
    assertThat(ErrorKind.isDatabaseUnavailable(new SQLException("syntax", "42601"))).isFalse();
    // PostgreSQL shutting down or starting up
    assertThat(ErrorKind.isDatabaseUnavailable(new SQLException("terminating", "57P01"))).isTrue();
    assertThat(ErrorKind.isDatabaseUnavailable(new SQLException("starting up", "57P03"))).isTrue();
    assertThat(ErrorKind.isDatabaseUnavailable(new SQLException("cancelled", "57014"))).isFalse();
    assertThat(ErrorKind.isDatabaseUnavailable(null)).isFalse();
  }

  /** An exception that names its own kind, as the plugin host's refusals do. */
  private static final class ProblemFailure extends RuntimeException implements ProblemWithDetail {
    ProblemFailure(Throwable cause) {
      super("refused", cause);
    }

    @Override
    public ErrorKind kind() {
      return ErrorKind.CONFLICT;
    }

    @Override
    public String detail() {
      return "refused";
    }
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
