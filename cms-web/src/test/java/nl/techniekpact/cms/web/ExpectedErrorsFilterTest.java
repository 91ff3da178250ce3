package nl.techniekpact.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import nl.techniekpact.cms.security.NotPermittedException;
import org.junit.jupiter.api.Test;

class ExpectedErrorsFilterTest {

  @Test
  void aRefusalInsideTheFacesServletsWrappersIsTheClientsErrorNotAFault() {
    Throwable failure =
        new ServletException(
            new FacesException(new NotPermittedException("Managing accounts needs the role")));

    assertThat(ExpectedErrorsFilter.expected(failure)).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void anExpiredViewIsTheClientsError() {
    assertThat(ExpectedErrorsFilter.expected(new ServletException(new ViewExpiredException())))
        .isEqualTo(ErrorKind.VIEW_EXPIRED);
  }

  @Test
  void anUnreachableDatabaseIsAnsweredAsAnOutage() {
    Throwable failure = new IllegalStateException(new SQLException("Connection refused", "08001"));

    assertThat(ExpectedErrorsFilter.expected(failure)).isEqualTo(ErrorKind.DATABASE_UNAVAILABLE);
  }

  @Test
  void aFaultOfTheServerIsLeftToTheContainerAndTheErrorPageToLog() {
    assertThat(ExpectedErrorsFilter.expected(new ServletException(new NullPointerException())))
        .isNull();
  }
}
