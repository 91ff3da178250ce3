package nl.techniekpact.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.techniekpact.cms.media.MediaLibrary.Upload;
import nl.techniekpact.cms.media.MediaRefusedException.Reason;
import nl.techniekpact.cms.persistence.Migrations;
import nl.techniekpact.cms.security.Roles;
import nl.techniekpact.cms.web.Sha256;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library's rules on a real database (H2; the store also on PostgreSQL). */
class MediaLibraryTest {

  private static final MediaCaller EDITOR = new MediaCaller("eva", Set.of(Roles.NATIONAL_EDITOR));
  private static final MediaCaller REGIONAL =
      new MediaCaller("rita", Set.of(Roles.REGIONAL_EDITOR));
  private static final MediaCaller PLUGIN_ADMIN =
      new MediaCaller("piet", Set.of(Roles.PLUGIN_ADMIN));
  private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

  private DataSource dataSource;
  private MediaLibrary library;

  @BeforeEach
  void emptyLibrary() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:media-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Migrations.migrate(h2);
    dataSource = h2;
    library = libraryOn(h2, MediaLimits.defaults());
  }

  private static MediaLibrary libraryOn(DataSource dataSource, MediaLimits limits) {
    return new MediaLibrary(new MediaStore(dataSource), limits, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Upload upload(byte[] bytes, String alt) {
    return new Upload("klas.jpg", bytes, alt, null);
  }

  @Test
  void uploadStoresTheImageWithItsVariantsAndServesThemByKey() throws Exception {
    byte[] jpeg = TestImages.jpeg(2000, 1500);

    MediaItem image =
        library.upload(
            EDITOR,
            new Upload("C:\\fotos\\klas.jpg", jpeg, "  Leerlingen\n bouwen een robot ", "Pupils"));

    assertThat(image.fileName()).isEqualTo("klas.jpg");
    assertThat(image.altTextNl()).isEqualTo("Leerlingen bouwen een robot");
    assertThat(image.altTextEn()).isEqualTo("Pupils");
    assertThat(image.key()).isEqualTo(Sha256.hex(jpeg).substring(0, 20));
    assertThat(image.uploadedBy()).isEqualTo("eva");
    assertThat(image.uploadedAt()).isEqualTo(NOW);
    assertThat(image.width()).isEqualTo(2000);
    assertThat(image.variants())
        .extracting(v -> v.variant().urlName() + " " + v.width())
        .containsExactly("thumbnail 320", "card 800", "hero 1440");
    assertThat(image.location(Variant.CARD)).isEqualTo("/media/" + image.key() + "/card.jpg");
    MediaStore.VariantBytes hero =
        new MediaStore(dataSource).variant(image.key(), Variant.HERO).orElseThrow();
    assertThat(hero.mediaType()).isEqualTo("image/jpeg");
    assertThat(TestImages.read(hero.bytes()).getWidth()).isEqualTo(1440);
  }

  @Test
  void missingAltTextIsRefusedBeforeAnythingIsStored() {
    assertThatThrownBy(() -> library.upload(EDITOR, upload(TestImages.jpeg(50, 50), " \t")))
        .isInstanceOfSatisfying(
            MediaRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.ALT_TEXT_MISSING);
              assertThat(e.kind().status()).isEqualTo(422);
              assertThat(e.extensions()).containsEntry("field", "altText");
            });
    assertThat(library.count(EDITOR, null)).isZero();
  }

  @Test
  void altTextThatIsAFileNameOrTooLongIsRefused() {
    assertThatThrownBy(
            () -> library.upload(EDITOR, upload(TestImages.jpeg(50, 50), "IMG_0042.JPG")))
        .hasFieldOrPropertyWithValue("reason", Reason.ALT_TEXT_IS_FILE_NAME);
    assertThatThrownBy(
            () -> library.upload(EDITOR, upload(TestImages.jpeg(50, 50), "x".repeat(501))))
        .hasFieldOrPropertyWithValue("reason", Reason.ALT_TEXT_TOO_LONG);
  }

  @Test
  void uploadOverTheByteLimitIsRefusedWith413() {
    MediaLibrary small = libraryOn(dataSource, new MediaLimits(1000, 1_000_000));

    assertThatThrownBy(() -> small.upload(EDITOR, upload(TestImages.jpeg(300, 300), "Een klas")))
        .isInstanceOfSatisfying(
            MediaRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
              assertThat(e.kind().status()).isEqualTo(413);
            });
  }

  @Test
  void sameFileTwiceIsRefusedNamingTheImageThere() {
    byte[] png = TestImages.png(100, 80, true);
    MediaItem first = library.upload(EDITOR, upload(png, "Een logo"));

    assertThatThrownBy(() -> library.upload(REGIONAL, upload(png, "Hetzelfde logo")))
        .isInstanceOfSatisfying(
            MediaRefusedException.class,
            e -> {
              assertThat(e.kind().status()).isEqualTo(409);
              assertThat(e.extensions()).containsEntry("existing", first.id());
            });
  }

  @Test
  void pluginAdministratorsAndAnonymousCallersMayNotUseTheLibrary() {
    byte[] jpeg = TestImages.jpeg(50, 50);

    assertThatThrownBy(() -> library.upload(PLUGIN_ADMIN, upload(jpeg, "Een klas")))
        .hasFieldOrPropertyWithValue("reason", Reason.FORBIDDEN);
    assertThatThrownBy(() -> library.upload(null, upload(jpeg, "Een klas")))
        .hasFieldOrPropertyWithValue("reason", Reason.FORBIDDEN);
    assertThatThrownBy(() -> library.list(PLUGIN_ADMIN, null, 0, 10))
        .hasFieldOrPropertyWithValue("reason", Reason.FORBIDDEN);
  }

  @Test
  void listFiltersByAltTextOrFileNameNewestFirst() {
    library.upload(
        EDITOR, new Upload("robot.png", TestImages.png(20, 20, false), "Een robot", null));
    library.upload(
        EDITOR, new Upload("lab.png", TestImages.png(21, 20, false), "Een lab", "A 100% lab"));

    assertThat(library.list(EDITOR, "ROBOT", 0, 10))
        .extracting(MediaItem::fileName)
        .containsExactly("robot.png");
    assertThat(library.list(EDITOR, "100%", 0, 10))
        .extracting(MediaItem::fileName)
        .containsExactly("lab.png");
    assertThat(library.list(EDITOR, "_", 0, 10)).isEmpty();
    assertThat(library.count(EDITOR, " ")).isEqualTo(2);
    assertThat(library.list(EDITOR, null, 1, 10)).hasSize(1);
  }

  @Test
  void imageShownByACaseCannotBeRemovedUntilItIsNoLonger() throws Exception {
    MediaItem image = library.upload(EDITOR, upload(TestImages.jpeg(60, 40), "Een klas"));
    insertCase("make-it-move", image.location(Variant.CARD));

    assertThatThrownBy(() -> library.delete(EDITOR, image.id()))
        .isInstanceOfSatisfying(
            MediaRefusedException.class,
            e -> {
              assertThat(e.kind().status()).isEqualTo(409);
              assertThat(e.extensions())
                  .containsEntry("usedBy", java.util.List.of("case:make-it-move"));
            });
    execute("UPDATE case_study SET photo_location = NULL, photo_alt_text = NULL");

    library.delete(EDITOR, image.id());

    assertThat(new MediaStore(dataSource).variant(image.key(), Variant.CARD)).isEmpty();
    assertThatThrownBy(() -> library.get(EDITOR, image.id()))
        .hasFieldOrPropertyWithValue("reason", Reason.NOT_FOUND);
  }

  @Test
  void imageInARichTextIsInUseToo() throws Exception {
    MediaItem image = library.upload(EDITOR, upload(TestImages.jpeg(60, 40), "Een klas"));
    insertCase("tekst", null);
    execute(
        "UPDATE case_study SET body_nl = '<p><img src=\"/cms"
            + image.location(Variant.HERO)
            + "\" alt=\"x\"></p>'");

    assertThat(library.usages(image)).containsExactly("case:tekst");
  }

  @Test
  void regionalEditorRemovesOnlyTheirOwnUploads() {
    MediaItem byEva = library.upload(EDITOR, upload(TestImages.jpeg(60, 40), "Een klas"));
    MediaItem byRita = library.upload(REGIONAL, upload(TestImages.jpeg(61, 40), "Een lab"));

    assertThatThrownBy(() -> library.delete(REGIONAL, byEva.id()))
        .hasFieldOrPropertyWithValue("reason", Reason.FORBIDDEN);
    library.delete(REGIONAL, byRita.id());
    library.delete(EDITOR, byEva.id());
    assertThat(library.count(EDITOR, null)).isZero();
  }

  @Test
  void alternativeTextsChangeAtTheVersionTheEditorSawAndAStaleVersionChangesNothing() {
    MediaItem image = library.upload(EDITOR, upload(TestImages.jpeg(60, 40), "Een klas"));

    MediaItem changed =
        library.describe(EDITOR, image.id(), 1, " Een klas aan het werk ", "A class");

    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.altTextNl()).isEqualTo("Een klas aan het werk");
    assertThat(changed.altTextEn()).isEqualTo("A class");
    assertThatThrownBy(() -> library.describe(EDITOR, image.id(), 1, "Oude versie", null))
        .isInstanceOfSatisfying(
            MediaRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.STALE);
              assertThat(e.kind().status()).isEqualTo(412);
              assertThat(e.extensions())
                  .containsEntry("altText", "Een klas aan het werk")
                  .containsEntry("version", 2L);
            });
    assertThat(library.get(EDITOR, image.id())).isEqualTo(changed);
  }

  @Test
  void changedAlternativeTextsFollowTheUploadRules() {
    MediaItem image = library.upload(EDITOR, upload(TestImages.jpeg(60, 40), "Een klas"));

    assertThatThrownBy(() -> library.describe(EDITOR, image.id(), 1, "  ", "A class"))
        .hasFieldOrPropertyWithValue("reason", Reason.ALT_TEXT_MISSING);
    assertThatThrownBy(() -> library.describe(EDITOR, image.id(), 1, "klas.jpg", null))
        .hasFieldOrPropertyWithValue("reason", Reason.ALT_TEXT_IS_FILE_NAME);
    assertThatThrownBy(() -> library.describe(PLUGIN_ADMIN, image.id(), 1, "Een klas", null))
        .hasFieldOrPropertyWithValue("reason", Reason.FORBIDDEN);
    assertThatThrownBy(() -> library.describe(REGIONAL, image.id(), 1, "Een klas", null))
        .as("uploaded by someone else")
        .hasFieldOrPropertyWithValue("reason", Reason.FORBIDDEN);
    assertThat(library.get(EDITOR, image.id()).version()).isEqualTo(1);
  }

  @Test
  void uploadChangeAndRemovalAreEachRecordedInTheAuditLog() throws Exception {
    MediaItem image = library.upload(REGIONAL, upload(TestImages.jpeg(60, 40), "Een klas"));
    library.describe(REGIONAL, image.id(), 1, "Een klas aan het werk", null);
    library.delete(EDITOR, image.id());

    java.util.List<String> entries = new java.util.ArrayList<>();
    try (Connection c = dataSource.getConnection();
        java.sql.ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT actor, action, content_type, item_slug, item_version FROM audit_entry"
                        + " ORDER BY id")) {
      while (rows.next()) {
        entries.add(
            String.join(
                " ",
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                String.valueOf(rows.getObject(5))));
      }
    }
    assertThat(entries)
        .containsExactly(
            "rita create media " + image.key() + " 1",
            "rita update media " + image.key() + " 2",
            "eva delete media " + image.key() + " null");
  }

  @Test
  void aRefusedChangeLeavesNoAuditEntry() throws Exception {
    MediaItem image = library.upload(EDITOR, upload(TestImages.jpeg(60, 40), "Een klas"));

    assertThatThrownBy(() -> library.describe(EDITOR, image.id(), 7, "Een lab", null))
        .hasFieldOrPropertyWithValue("reason", Reason.STALE);

    try (Connection c = dataSource.getConnection();
        java.sql.ResultSet rows =
            c.createStatement().executeQuery("SELECT count(*) FROM audit_entry")) {
      rows.next();
      assertThat(rows.getInt(1)).as("only the upload").isEqualTo(1);
    }
  }

  @Test
  void storeRunsOnPostgres() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      DataSource pg = postgres.getPostgresDatabase();
      Migrations.migrate(pg);
      MediaLibrary onPostgres = libraryOn(pg, MediaLimits.defaults());
      MediaItem image =
          onPostgres.upload(EDITOR, upload(TestImages.png(400, 300, true), "Een logo"));

      assertThat(onPostgres.get(EDITOR, image.id())).isEqualTo(image);
      assertThat(onPostgres.list(EDITOR, "logo", 0, 5)).containsExactly(image);
      assertThat(
              new MediaStore(pg).variant(image.key(), Variant.THUMBNAIL).orElseThrow().mediaType())
          .isEqualTo("image/png");
      assertThat(onPostgres.usages(image)).isEmpty();
      assertThat(onPostgres.describe(EDITOR, image.id(), 1, "Het logo", null).version())
          .isEqualTo(2);
      onPostgres.delete(EDITOR, image.id());
      assertThat(onPostgres.count(EDITOR, null)).isZero();
    }
  }

  private void insertCase(String slug, String photo) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO case_study (version, created_at, updated_at, slug, title_nl,"
                    + " summary_nl, photo_location, photo_alt_text, publication_status)"
                    + " VALUES (0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, 'T', 'S', ?, ?,"
                    + " 'DRAFT')")) {
      s.setString(1, slug);
      s.setString(2, photo);
      s.setString(3, photo == null ? null : "Een klas");
      s.executeUpdate();
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.createStatement().executeUpdate(sql);
    }
  }
}
