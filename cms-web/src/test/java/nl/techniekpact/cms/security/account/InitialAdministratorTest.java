package nl.techniekpact.cms.security.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialAdministratorTest {

  @Test
  void onlyADatabaseWithAnAccountRowHasAnAccount() throws SQLException {
    try (Connection connection =
        DriverManager.getConnection("jdbc:h2:mem:initial-admin-" + System.nanoTime())) {
      assertThat(InitialAdministrator.hasAccount(connection)).as("no table").isFalse();
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE account (id BIGINT PRIMARY KEY)");
        assertThat(InitialAdministrator.hasAccount(connection)).as("no row").isFalse();
        statement.execute("INSERT INTO account VALUES (1)");
      }
      assertThat(InitialAdministrator.hasAccount(connection)).as("one row").isTrue();
    }
  }

  @Test
  void askingANewDatabaseLeavesNoErrorInH2sTraceFile(@TempDir Path dataDir) throws SQLException {
    try (Connection connection =
        DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("techniekpact"))) {
      assertThat(InitialAdministrator.hasAccount(connection)).isFalse();
    }
    assertThat(dataDir.resolve("techniekpact.trace.db")).doesNotExist();
    assertThat(Files.exists(dataDir.resolve("techniekpact.mv.db"))).isTrue();
  }
}
