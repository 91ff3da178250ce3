package nl.techniekpact.cms.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import javax.sql.DataSource;
import nl.techniekpact.cms.persistence.Migrations;
import nl.techniekpact.cms.web.Sha256;
import org.junit.jupiter.api.Test;

/** The V2 migration and the store run unchanged on H2 (MODE=LEGACY) and PostgreSQL 17. */
class PluginStoreTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Test
  void storesJarsAndStatesOnH2() {
    roundTrip(TestHost.h2());
  }

  @Test
  void storesJarsAndStatesOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      DataSource dataSource = postgres.getPostgresDatabase();
      Migrations.migrate(dataSource);
      roundTrip(dataSource);
    }
  }

  private static void roundTrip(DataSource dataSource) {
    PluginStore store = new PluginStore(dataSource);
    byte[] jar = new byte[3 * 1024 * 1024];
    new Random(7).nextBytes(jar);
    InstalledPlugin plugin =
        new InstalledPlugin(
            "example",
            "1.0.0",
            "^0.1.0",
            Sha256.hex(jar),
            jar.length,
            PluginState.ENABLED,
            null,
            "admin",
            NOW,
            NOW);

    store.insert(plugin, jar);

    assertThat(store.find("example")).contains(plugin);
    assertThat(store.jar("example")).isEqualTo(jar);

    store.setState("example", PluginState.PAUSED, "Paused after 5 failures", NOW.plusSeconds(5));
    assertThat(store.find("example").orElseThrow().state()).isEqualTo(PluginState.PAUSED);
    assertThat(store.find("example").orElseThrow().reason()).isEqualTo("Paused after 5 failures");

    byte[] upgrade = {'P', 'K', 3, 4};
    InstalledPlugin upgraded =
        new InstalledPlugin(
            "example",
            "1.1.0",
            "^0.1.0",
            Sha256.hex(upgrade),
            upgrade.length,
            PluginState.ENABLED,
            null,
            "admin",
            NOW.plusSeconds(9),
            NOW.plusSeconds(9));
    store.replace(upgraded, upgrade);
    assertThat(store.list()).containsExactly(upgraded);
    assertThat(store.jar("example")).isEqualTo(upgrade);

    store.delete("example");
    assertThat(store.list()).isEmpty();
  }
}
