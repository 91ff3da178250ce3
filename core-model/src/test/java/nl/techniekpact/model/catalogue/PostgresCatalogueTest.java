package nl.techniekpact.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.techniekpact.model.ambassador.JpaAmbassadorRepository;
import nl.techniekpact.model.casestudy.CaseFilter;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.casestudy.JpaCaseStudyRepository;
import nl.techniekpact.model.pact.JpaPactRepository;
import nl.techniekpact.model.region.JpaRegionRepository;
import nl.techniekpact.model.region.Region;
import nl.techniekpact.model.shared.EducationLevel;
import nl.techniekpact.model.shared.LocalizedText;
import nl.techniekpact.model.shared.Page;
import nl.techniekpact.model.shared.Slug;
import nl.techniekpact.model.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same migration and mapping on a real PostgreSQL 17 (embedded, started from Maven). */
class PostgresCatalogueTest {

  private static EmbeddedPostgres postgres;
  private static TestDatabase db;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    db = TestDatabase.at(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    db.transact(em -> CatalogueImport.into(em).persist(Catalogue.seed()));
  }

  @AfterAll
  static void stop() throws IOException {
    if (db != null) {
      db.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void theMigrationRunsUnchangedOnPostgresql17() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        ResultSet rs = c.createStatement().executeQuery("SHOW server_version")) {
      rs.next();
      assertThat(rs.getString(1)).startsWith("17.");
    }
  }

  @Test
  void anAmbassadorsRegionIsStoredOnPostgresql() {
    db.transact(em -> locate(em, "noord-nederland"));
    try {
      java.util.Optional<String> region =
          db.read(
              em ->
                  new JpaAmbassadorRepository(em)
                      .findBySlug(Slug.of("ans-hekkenberg"))
                      .orElseThrow()
                      .getRegion()
                      .map(r -> r.getSlug().getValue()));
      assertThat(region).contains("noord-nederland");
    } finally {
      db.transact(em -> locate(em, null));
    }
  }

  private static void locate(jakarta.persistence.EntityManager em, String region) {
    new JpaAmbassadorRepository(em)
        .findBySlug(Slug.of("ans-hekkenberg"))
        .orElseThrow()
        .locateIn(
            region == null
                ? null
                : new JpaRegionRepository(em).findBySlug(Slug.of(region)).orElseThrow());
  }

  @Test
  void anAmbassadorsRegionSurvivesExportJsonAndImportOnPostgresql() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      c.createStatement().execute("CREATE DATABASE round_trip");
    }
    TestDatabase target =
        TestDatabase.at(postgres.getJdbcUrl("postgres", "round_trip"), "postgres", "postgres");
    try {
      AmbassadorRegionRoundTrip.check(db, target);
    } finally {
      target.close();
    }
  }

  @Test
  void theSeedComesBackExactly() {
    Catalogue exported = db.read(em -> CatalogueExport.from(em).read());

    assertThat(exported).isEqualTo(Catalogue.seed());
  }

  @Test
  void publishedCasesOfARegionAreListed() {
    List<CaseStudy> zuid =
        db.read(
            em -> {
              Region region =
                  new JpaRegionRepository(em).findBySlug(Slug.of("zuid-nederland")).orElseThrow();
              return new JpaCaseStudyRepository(em)
                  .findPublishedInRegion(region, Instant.now(), Page.first(10));
            });

    assertThat(zuid)
        .extracting(c -> c.getSlug().getValue())
        .containsExactly(
            "wetenschap-en-techniek-in-het-basisonderwijs", "het-ingenieursbureau-op-school");
  }

  @Test
  void filteredCasesAreFoundAndCountedOnPostgresql() {
    List<String> mboGoalNine =
        db.read(
            em -> {
              CaseFilter filter =
                  CaseFilter.ALL
                      .forGoal(
                          new JpaPactRepository(em)
                              .findGoal(Slug.of("techniekpact"), 9)
                              .orElseThrow())
                      .atLevel(EducationLevel.MBO);
              assertThat(new JpaCaseStudyRepository(em).countPublished(filter, Instant.now()))
                  .isEqualTo(2);
              return new JpaCaseStudyRepository(em)
                  .findPublished(filter, Instant.now(), Page.first(10)).stream()
                      .map(c -> c.getSlug().getValue())
                      .toList();
            });

    assertThat(mboGoalNine).containsExactly("make-it-move", "technipret-sterker-door-samenwerking");
  }

  @Test
  void aScheduledMomentSurvivesTheRoundTrip() {
    Instant moment = Instant.parse("2027-01-04T07:15:30.123456Z");
    db.transact(
        em -> {
          CaseStudy c =
              new CaseStudy(
                  Slug.of("pg-gepland"), LocalizedText.of("Gepland"), LocalizedText.of("Later"));
          c.scheduleAt(moment);
          c.writeBody(LocalizedText.of("x".repeat(50_000)));
          new JpaCaseStudyRepository(em).save(c);
        });

    CaseStudy back =
        db.read(em -> new JpaCaseStudyRepository(em).findBySlug(Slug.of("pg-gepland")))
            .orElseThrow();
    assertThat(back.getPublication().getAt()).hasValue(moment);
    assertThat(back.getBody().getNl()).hasSize(50_000);
    db.transact(
        em ->
            new JpaCaseStudyRepository(em)
                .delete(
                    new JpaCaseStudyRepository(em)
                        .findBySlug(Slug.of("pg-gepland"))
                        .orElseThrow()));
  }

  @Test
  void anEndAndASoftDeleteAreStoredAndHideTheCaseOnPostgresql() {
    // microseconds: what PostgreSQL stores (it rounds nanoseconds)
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Instant end = now.plusSeconds(3600);
    try {
      checkEndAndSoftDelete(now, end);
    } finally {
      db.transact(
          em -> {
            JpaCaseStudyRepository cases = new JpaCaseStudyRepository(em);
            for (String slug : List.of("pg-eindigt", "pg-verwijderd")) {
              cases.findBySlug(Slug.of(slug)).ifPresent(cases::delete);
            }
          });
    }
  }

  private static void checkEndAndSoftDelete(Instant now, Instant end) {
    db.transact(
        em -> {
          JpaCaseStudyRepository cases = new JpaCaseStudyRepository(em);
          CaseStudy ending =
              new CaseStudy(
                  Slug.of("pg-eindigt"), LocalizedText.of("Eindigt"), LocalizedText.of("x"));
          ending.publish(now.minusSeconds(60));
          ending.unpublishAt(end);
          cases.save(ending);
          CaseStudy deleted =
              new CaseStudy(
                  Slug.of("pg-verwijderd"), LocalizedText.of("Weg"), LocalizedText.of("x"));
          deleted.publish(now.minusSeconds(60));
          deleted.delete(now);
          cases.save(deleted);
        });

    List<String> visibleNow = publishedSlugs(now.plusSeconds(1));
    List<String> visibleLater = publishedSlugs(end);
    CaseStudy back =
        db.read(em -> new JpaCaseStudyRepository(em).findBySlug(Slug.of("pg-eindigt")))
            .orElseThrow();

    assertThat(back.getPublication().getUntil()).hasValue(end);
    assertThat(visibleNow).contains("pg-eindigt").doesNotContain("pg-verwijderd");
    assertThat(visibleLater).doesNotContain("pg-eindigt", "pg-verwijderd");
  }

  private static List<String> publishedSlugs(Instant at) {
    return db.read(
        em ->
            new JpaCaseStudyRepository(em)
                .findPublished(at, Page.first(100)).stream()
                    .map(c -> c.getSlug().getValue())
                    .toList());
  }
}
