package nl.techniekpact.cms.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.techniekpact.cms.persistence.DatabaseMigration;
import nl.techniekpact.cms.persistence.DatabaseStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the database UP when the start-up migration succeeded and a pooled connection answers
 * now; DOWN with the reason otherwise.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private DatabaseStatus status;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database").withData("url", status.url());
    if (!status.isReady()) {
      return response.down().withData("error", status.failure().orElse("unknown")).build();
    }
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
      return response
          .status(valid)
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return response.down().withData("error", String.valueOf(e.getMessage())).build();
    }
  }
}
