package nl.techniekpact.cms.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void embeddedUrlPointsIntoTheDataDirectory() {
    String url = DatabaseSettings.embeddedH2Url(Path.of("/var/lib/cms"));

    assertThat(url).startsWith("jdbc:h2:file:/var/lib/cms/techniekpact;");
    assertThat(new DatabaseSettings(url, "sa", "").embedded()).isTrue();
  }

  @Test
  void postgresUrlIsNotEmbedded() {
    assertThat(new DatabaseSettings("jdbc:postgresql://db/cms", "cms", "x").embedded()).isFalse();
  }

  @Test
  void redactedUrlMasksPasswordParameters() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:postgresql://db/cms?user=cms&password=geheim&ssl=true", "", "");

    assertThat(settings.redactedUrl())
        .isEqualTo("jdbc:postgresql://db/cms?user=cms&password=***&ssl=true")
        .doesNotContain("geheim");
  }

  @Test
  void driverIsChosenByUrl() throws SQLException {
    assertThat(ConfiguredDataSource.driverFor("jdbc:h2:mem:x")).isInstanceOf(org.h2.Driver.class);
    assertThat(ConfiguredDataSource.driverFor("jdbc:postgresql://localhost/cms"))
        .isInstanceOf(org.postgresql.Driver.class);
  }

  @Test
  void unsupportedUrlIsRejectedNamingTheSettingAndTheValue() {
    assertThatThrownBy(() -> ConfiguredDataSource.driverFor("jdbc:mysql://localhost/cms"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("cms.db.url")
        .hasMessageContaining("jdbc:mysql://localhost/cms");
  }

  @Test
  void rootMessageIsTheFirstLineOfTheDeepestCause() {
    RuntimeException error =
        new RuntimeException(
            "outer",
            new IllegalStateException("middle", new SQLException("Connection refused\nmore")));

    assertThat(DatabaseMigration.rootMessage(error)).isEqualTo("Connection refused");
  }
}
